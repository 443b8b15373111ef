INSERT INTO slot (id, during, area, active) VALUES (1, '[1,5)', '((0,0),(1,1))', true), (2, '[5,9)', '((2,2),(3,3))', true), (3, '[9,12)', '((0,0),(1,1))', false);
