-- A customer may be exempt from sales tax (a reseller, a charity, a government fleet) under an exemption certificate,
-- whose number the invoice quotes and which may expire: after its last day the customer is taxed again.
ALTER TABLE customer
    ADD COLUMN tax_exempt                boolean NOT NULL DEFAULT false,
    ADD COLUMN tax_exemption_certificate text CHECK (length(tax_exemption_certificate) BETWEEN 1 AND 60),
    ADD COLUMN tax_exemption_expires     date,
    ADD CONSTRAINT customer_exemption_has_certificate
        CHECK (NOT tax_exempt OR tax_exemption_certificate IS NOT NULL);
