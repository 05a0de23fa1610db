-- Locations that managers add and change: a second address line, phone, the shop's registration or licence number
-- (printed on estimates), a tax rate for fees beside labor and parts, whether the location is closed, and the version
-- every change must name. Tax rates keep six decimal places of a fraction (four of a percent: 8.8750 %) and stay
-- within 0 to 30 %, as the application checks.

ALTER TABLE location
    ALTER COLUMN labor_tax_rate TYPE numeric(8, 6),
    ALTER COLUMN parts_tax_rate TYPE numeric(8, 6),
    ADD COLUMN street2             text CHECK (length(street2) <= 200),
    ADD COLUMN phone               text CHECK (length(phone) BETWEEN 3 AND 40),
    ADD COLUMN registration_number text CHECK (length(registration_number) BETWEEN 1 AND 60),
    ADD COLUMN fees_tax_rate       numeric(8, 6) NOT NULL DEFAULT 0 CHECK (fees_tax_rate BETWEEN 0 AND 0.3),
    ADD COLUMN closed              boolean     NOT NULL DEFAULT false,
    ADD COLUMN version             int         NOT NULL DEFAULT 0,
    ADD COLUMN updated_at          timestamptz NOT NULL DEFAULT now();

ALTER TABLE location
    ADD CONSTRAINT location_labor_tax_rate_range CHECK (labor_tax_rate BETWEEN 0 AND 0.3),
    ADD CONSTRAINT location_parts_tax_rate_range CHECK (parts_tax_rate BETWEEN 0 AND 0.3);
