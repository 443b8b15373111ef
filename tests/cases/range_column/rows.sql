INSERT INTO bookings (id) VALUES (1), (2);
