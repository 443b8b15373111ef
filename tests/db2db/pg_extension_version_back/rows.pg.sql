INSERT INTO public.notes VALUES (1, 'kept'), (2, 'also kept');
