SELECT id FROM bookings ORDER BY id;
