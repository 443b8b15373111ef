SELECT sold_on, region, amount, tableoid::regclass FROM sales ORDER BY sold_on;
