-- The accounting export reads a period's posted invoices and credit notes by posting time, and receivables a
-- tenant's posted invoices: an index on posted documents by tenant and posting time serves both without reading
-- the drafts.
CREATE INDEX invoice_posted_idx ON invoice (tenant_id, posted_at) WHERE status = 'POSTED';
