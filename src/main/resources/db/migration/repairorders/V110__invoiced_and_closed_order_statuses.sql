-- Billing's two statuses of a repair order: INVOICED once its last invoice is posted, CLOSED once everything billed
-- is paid or written off (RepairOrder.TRANSITIONS).
ALTER TABLE repair_order DROP CONSTRAINT repair_order_status_check;
ALTER TABLE repair_order
    ADD CONSTRAINT repair_order_status_check
        CHECK (status IN ('ESTIMATE', 'AWAITING_APPROVAL', 'APPROVED', 'IN_PROGRESS', 'ON_HOLD', 'READY', 'INVOICED',
                          'CLOSED', 'CANCELLED'));
