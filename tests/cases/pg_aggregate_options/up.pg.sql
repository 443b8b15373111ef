-- aggregate msum(integer)
-- re-created: an aggregate changes
DROP AGGREGATE public.msum(integer);
-- re-created: an aggregate changes
SET check_function_bodies = false;
CREATE OR REPLACE AGGREGATE public.msum(integer) (
    SFUNC = isum_add,
    STYPE = bigint,
    INITCOND = '0',
    MSFUNC = isum_add,
    MINVFUNC = isum_inv,
    MSTYPE = bigint,
    MINITCOND = '0'
);

-- aggregate my_max(integer)
-- re-created: an aggregate changes
DROP AGGREGATE public.my_max(integer);
-- re-created: an aggregate changes
CREATE OR REPLACE AGGREGATE public.my_max(integer) (
    SFUNC = int4larger,
    STYPE = integer
);

-- aggregate my_rank(text, text)
-- re-created: an aggregate changes
DROP AGGREGATE public.my_rank(text, text);
-- re-created: an aggregate changes
CREATE OR REPLACE AGGREGATE public.my_rank(text ORDER BY text) (
    SFUNC = array_append,
    STYPE = text[],
    FINALFUNC = public.rank_final,
    FINALFUNC_EXTRA,
    FINALFUNC_MODIFY = READ_ONLY,
    HYPOTHETICAL
);
