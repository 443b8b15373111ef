-- table people_2
ALTER TABLE people DETACH PARTITION people_2;
DROP INDEX people_2_text_idx;
DROP INDEX people_2_lower_lower1_idx;
DROP INDEX people_2_lower_idx;
DROP INDEX people_2_expr_idx;
DROP INDEX people_2_email_a_idx;
DROP INDEX people_2_coalesce_idx;
