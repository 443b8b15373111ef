INSERT INTO public.tickets (ticket_no, title) VALUES (1001, 'printer jams'), (1002, 'no coffee');
