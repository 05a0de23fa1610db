package app.pitwall.bench;

/**
 * The statements that fill one benchmark tenant, run by {@link SearchDataLoader} inside the tenant's transaction.
 *
 * <p>Rows are made in the database with {@code generate_series} and {@code random()} (seeded per tenant, so a
 * reload makes the same data). {@code sort_name} and {@code search_text} are computed as {@code
 * CustomerDetails.sortName/searchText} and {@code VehicleRows.searchText} compute them: "Last, First" or the company;
 * names, e-mails, phones as typed and phones as digits, lower case, joined by single spaces; VIN and plate lower case
 * without spaces or dashes. VINs carry the check digit of 49 CFR 565 and a serial unique within the tenant. Ids are
 * derived from the tenant and the row number, so vehicles can name their owner without a join.
 */
final class TenantDataSql {

    private TenantDataSql() {}

    /** Parameters: tenant, main location, north location, customer count, then the vocabulary arrays. */
    static final String CUSTOMERS = """
            INSERT INTO customer (tenant_id, id, location_id, kind, first_name, last_name, company_name, emails, phones,
                                  street, city, region, postal_code, country, notes, marketing_consent, sort_name,
                                  search_text, created_at, updated_at, version)
            SELECT tenant, md5(tenant::text || ':c:' || n)::uuid, CASE WHEN n % 3 = 0 THEN north ELSE main END,
                   kind, first_name, last_name, company_name,
                   array_remove(ARRAY[email], NULL), array_remove(ARRAY[phone1, phone2], NULL),
                   street, split_part(city, ',', 1), split_part(city, ',', 2), split_part(city, ',', 3) || zip,
                   'US', notes, consent,
                   CASE WHEN kind = 'BUSINESS' THEN company_name ELSE last_name || ', ' || first_name END,
                   lower(concat_ws(' ', first_name, last_name, company_name, email, phone1, phone2,
                                   regexp_replace(phone1, '[^0-9]', '', 'g'), regexp_replace(phone2, '[^0-9]', '', 'g'))),
                   created, created, 0
            FROM (SELECT n, tenant, main, north, city, zip, notes, consent, created,
                         CASE WHEN business THEN 'BUSINESS' ELSE 'PERSON' END AS kind,
                         CASE WHEN business THEN NULL ELSE fn END AS first_name,
                         CASE WHEN business THEN NULL ELSE ln END AS last_name,
                         CASE WHEN business THEN ln || ' ' || sfx END AS company_name,
                         CASE WHEN NOT has_email THEN NULL
                              WHEN business THEN (ARRAY['office', 'fleet', 'service', 'accounts'])[1 + num % 4]
                                  || '@' || lower(ln || '-' || regexp_replace(sfx, '[^A-Za-z]', '', 'g')) || '.example'
                              ELSE lower(CASE style WHEN 0 THEN fn || '.' || ln WHEN 1 THEN left(fn, 1) || ln
                                                    WHEN 2 THEN fn || ln || num ELSE fn || '_' || ln END)
                                  || '@' || domain END AS email,
                         CASE WHEN NOT has_phone THEN NULL
                              WHEN phone_style < 0.75 THEN '(' || ac1 || ') ' || x1 || '-' || l1
                              WHEN phone_style < 0.9 THEN '+1 ' || ac1 || ' ' || x1 || ' ' || l1
                              ELSE ac1 || '-' || x1 || '-' || l1 END AS phone1,
                         CASE WHEN has_phone AND has_phone2 THEN '(' || ac2 || ') ' || x2 || '-' || l2 END AS phone2,
                         street_number || ' ' || street AS street
                  FROM (SELECT n, ?::uuid AS tenant, ?::uuid AS main, ?::uuid AS north,
                               random() < 0.08 AS business,
                               f[1 + floor(random() * cardinality(f))::int] AS fn,
                               l[1 + floor(random() * cardinality(l))::int] AS ln,
                               s[1 + floor(random() * cardinality(s))::int] AS sfx,
                               d[1 + floor(random() * cardinality(d))::int] AS domain,
                               floor(random() * 4)::int AS style, floor(random() * 100)::int AS num,
                               random() < 0.85 AS has_email, random() < 0.95 AS has_phone, random() < 0.2 AS has_phone2,
                               random() AS phone_style,
                               a[1 + floor(random() * cardinality(a))::int] AS ac1,
                               a[1 + floor(random() * cardinality(a))::int] AS ac2,
                               (200 + floor(random() * 800))::int AS x1, (200 + floor(random() * 800))::int AS x2,
                               lpad(floor(random() * 10000)::int::text, 4, '0') AS l1,
                               lpad(floor(random() * 10000)::int::text, 4, '0') AS l2,
                               (1 + floor(random() * 9999))::int AS street_number,
                               st[1 + floor(random() * cardinality(st))::int] AS street,
                               c[1 + floor(random() * cardinality(c))::int] AS city,
                               lpad(floor(random() * 100)::int::text, 2, '0') AS zip,
                               CASE WHEN random() < 0.05 THEN nt[1 + floor(random() * cardinality(nt))::int] END AS notes,
                               random() < 0.4 AS consent,
                               timestamptz '2026-11-01 00:00:00+00' - random() * interval '8 years' AS created
                        FROM generate_series(1, ?) AS n,
                             CAST(? AS text[]) AS f, CAST(? AS text[]) AS l, CAST(? AS text[]) AS s, CAST(? AS text[]) AS d,
                             CAST(? AS text[]) AS a, CAST(? AS text[]) AS st, CAST(? AS text[]) AS c, CAST(? AS text[]) AS nt
                        OFFSET 0) AS picked
                  OFFSET 0) AS person""";

    /** Parameters: tenant, main location, north location, customer count, vehicle count, vehicles, colours, states. */
    static final String VEHICLES = """
            INSERT INTO vehicle (tenant_id, id, customer_id, location_id, vin, plate, plate_region, year, make, model,
                                 trim, engine, colour, search_text, created_at, updated_at, version)
            SELECT tenant, md5(tenant::text || ':v:' || n)::uuid, md5(tenant::text || ':c:' || owner)::uuid,
                   CASE WHEN owner % 3 = 0 THEN north ELSE main END,
                   vin, plate, CASE WHEN plate IS NOT NULL THEN state END, year, make, model, NULL, NULL, colour,
                   btrim(lower(coalesce(vin, '')) || ' ' || regexp_replace(lower(coalesce(plate, '')), '[\\s-]', '', 'g')),
                   created, created, 0
            FROM (SELECT *,
                         CASE WHEN has_vin THEN overlay(vin0 PLACING CASE WHEN check_sum % 11 = 10 THEN 'X'
                                                                          ELSE (check_sum % 11)::text END
                                                        FROM 9 FOR 1) END AS vin
                  FROM (SELECT *,
                               (SELECT sum(translate(substr(vin0, i::int, 1), 'ABCDEFGHJKLMNPRSTUVWXYZ',
                                                     '12345678123457923456789')::int * w)
                                FROM unnest('{8,7,6,5,4,3,2,10,0,9,8,7,6,5,4,3,2}'::int[]) WITH ORDINALITY AS x(w, i))
                                   AS check_sum
                        FROM (SELECT n, owner, tenant, main, north, year, state, colour, created,
                                     split_part(vehicle, ',', 2) AS make, split_part(vehicle, ',', 3) AS model,
                                     split_part(vehicle, ',', 1) || vds || CASE WHEN year >= 2010 THEN letter ELSE digit END
                                         || vds8 || '0' || substr('Y123456789ABCDEFGHJKLMNPRS', year - 1999, 1) || plant
                                         || lpad(n::text, 6, '0') AS vin0,
                                     has_vin,
                                     CASE WHEN NOT has_plate THEN NULL
                                          WHEN plate_style < 0.5 THEN letters || ' ' || lpad(plate_number::text, 4, '0')
                                          WHEN plate_style < 0.8 THEN (plate_number % 9 + 1) || letters
                                              || lpad((plate_number % 1000)::text, 3, '0')
                                          ELSE letters || '-' || lpad((plate_number % 1000)::text, 3, '0') END AS plate
                              FROM (SELECT n, ?::uuid AS tenant, ?::uuid AS main, ?::uuid AS north,
                                           1 + floor(random() * ?)::int AS owner,
                                           v[1 + floor(random() * cardinality(v))::int] AS vehicle,
                                           (2000 + floor(random() * 26))::int AS year,
                                           substr(chars, 1 + floor(random() * 33)::int, 1)
                                               || substr(chars, 1 + floor(random() * 33)::int, 1)
                                               || substr(chars, 1 + floor(random() * 33)::int, 1) AS vds,
                                           substr(chars, 1 + floor(random() * 33)::int, 1) AS vds8,
                                           substr(chars, 1 + floor(random() * 23)::int, 1) AS letter,
                                           substr(chars, 24 + floor(random() * 10)::int, 1) AS digit,
                                           substr(chars, 1 + floor(random() * 33)::int, 1) AS plant,
                                           random() < 0.97 AS has_vin, random() < 0.92 AS has_plate,
                                           random() AS plate_style,
                                           substr(chars, 1 + floor(random() * 23)::int, 1)
                                               || substr(chars, 1 + floor(random() * 23)::int, 1)
                                               || substr(chars, 1 + floor(random() * 23)::int, 1) AS letters,
                                           floor(random() * 10000)::int AS plate_number,
                                           co[1 + floor(random() * cardinality(co))::int] AS colour,
                                           sta[1 + floor(random() * cardinality(sta))::int] AS state,
                                           timestamptz '2026-11-01 00:00:00+00' - random() * interval '8 years' AS created
                                    FROM generate_series(1, ?) AS n, CAST(? AS text[]) AS v, CAST(? AS text[]) AS co,
                                         CAST(? AS text[]) AS sta, CAST('ABCDEFGHJKLMNPRSTUVWXYZ0123456789' AS text) AS chars
                                    OFFSET 0) AS picked
                              OFFSET 0) AS assembled
                        OFFSET 0) AS summed
                  OFFSET 0) AS checked""";
}
