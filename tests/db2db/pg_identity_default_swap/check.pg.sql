SELECT ticket_no, priority, title FROM public.tickets ORDER BY 1;
