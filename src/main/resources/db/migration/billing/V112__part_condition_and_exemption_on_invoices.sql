-- What an invoice must state beside a part (its condition: new, used, rebuilt..., California 16 CCR 3356), and the
-- customer's tax-exemption certificate an exempt invoice was drafted under.
ALTER TABLE invoice_line
    ADD COLUMN part_condition text CHECK (part_condition IN ('NEW', 'USED', 'REBUILT', 'RECONDITIONED', 'OEM',
                                                             'AFTERMARKET'));
ALTER TABLE invoice
    ADD COLUMN tax_exemption_certificate text CHECK (length(tax_exemption_certificate) <= 100);
