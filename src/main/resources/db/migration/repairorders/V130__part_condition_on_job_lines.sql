-- A part line may state the part's condition (new, used, rebuilt...), as California 16 CCR 3356 asks an invoice to.
-- Optional on the line; a location may require it before an invoice is posted (location.part_condition_required).
ALTER TABLE job_line
    ADD COLUMN part_condition text
        CHECK (part_condition IN ('NEW', 'USED', 'REBUILT', 'RECONDITIONED', 'OEM', 'AFTERMARKET')),
    ADD CONSTRAINT job_line_condition_only_on_parts CHECK (part_condition IS NULL OR kind = 'PART');
