CREATE TABLE public.tickets (
    ticket_no integer GENERATED ALWAYS AS IDENTITY,
    priority integer DEFAULT 5,
    title text NOT NULL
);
