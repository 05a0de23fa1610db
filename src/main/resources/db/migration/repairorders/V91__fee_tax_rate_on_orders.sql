-- An order keeps the tax rates it was priced with, now one for fees too. Orders priced before locations had a fee
-- rate keep no fee rate (NULL): their fees stay taxed as they were, sublets as labor and other fees as parts, so no
-- total already shown to a customer changes. Rates keep six decimal places of a fraction, as locations do.

ALTER TABLE repair_order
    ALTER COLUMN labor_tax_rate TYPE numeric(8, 6),
    ALTER COLUMN parts_tax_rate TYPE numeric(8, 6),
    ADD COLUMN fees_tax_rate numeric(8, 6) CHECK (fees_tax_rate BETWEEN 0 AND 1);
