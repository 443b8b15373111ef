create table t (
    id integer primary key,
    d integer check(d>0),
    e integer,
    s text,
    constraint t_e_range check ( e>=0 and e<=10 ),
    constraint t_s_set check (s in ('a','b'))
);
create index t_e_partial on t (e) where e>5;
