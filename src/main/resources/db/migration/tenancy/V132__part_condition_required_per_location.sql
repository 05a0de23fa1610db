-- Whether every part line of a location's orders must state the part's condition (new, used, rebuilt...) before an
-- invoice is posted, as California 16 CCR 3356 asks of shops there. Off unless a manager turns it on.
ALTER TABLE location
    ADD COLUMN part_condition_required boolean NOT NULL DEFAULT false;
