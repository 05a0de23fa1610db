-- An appointment is checked in once: the order it opens is the only one that names it. The appointment is marked
-- arrived after the order committed (appointments listens for the opening), so this index is what stops a second
-- check-in in the meantime.
CREATE UNIQUE INDEX repair_order_one_per_appointment
    ON repair_order (tenant_id, appointment_id)
    WHERE appointment_id IS NOT NULL;
