-- ticket_no keeps its value (it is above the new minimum)
SELECT last_value, is_called FROM ticket_no;
