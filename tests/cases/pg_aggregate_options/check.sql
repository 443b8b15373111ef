SELECT nth_sorted(2) WITHIN GROUP (ORDER BY word), my_rank('b') WITHIN GROUP (ORDER BY word), msum(id), my_max(id) FROM words;
