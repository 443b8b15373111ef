create table public.T (
    ID SERIAL primary key,
    A VARCHAR(10) default 'x',
    B TIMESTAMP default (now()),
    C DECIMAL(8, 2) default 0,
    D INT4 check(d>0),
    E BOOL not null default FALSE,
    F TEXT default ''
);
create index T_A_IDX on T (A);
