-- A canned job's part line may state the part's condition, copied onto the order's line with it.
ALTER TABLE canned_job_line
    ADD COLUMN part_condition text
        CHECK (part_condition IN ('NEW', 'USED', 'REBUILT', 'RECONDITIONED', 'OEM', 'AFTERMARKET')),
    ADD CONSTRAINT canned_job_line_condition_only_on_parts CHECK (part_condition IS NULL OR kind = 'PART');
