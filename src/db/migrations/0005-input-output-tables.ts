// Input-output tables (docs/input-output.md): several tables (years, versions, examples), each with
// its source and how far it can be trusted. The table itself is one jsonb document (the IoTable of
// src/core/input-output): it is always read whole to build the model, never queried cell by cell,
// and a 68-product table is about 40 kB. Rows are never edited in place: a corrected table is a new
// upload under a new code, so a result stays reproducible from the row it was computed from.
export const sql = /* sql */ `
create table io_tables (
  id bigint generated always as identity primary key,
  code text not null unique check (code ~ '^[A-Z0-9][A-Z0-9_-]{0,63}$'),
  name text not null check (length(btrim(name)) > 0),
  -- The year the flows describe (for a textbook example: the edition's year).
  year integer check (year between 1900 and 2100),
  -- 'official': published by a statistics office; 'textbook_example': a published teaching example;
  -- 'other': research or ministry estimates.
  kind text not null check (kind in ('official','textbook_example','other')),
  -- ISO 3166-1 alpha-2 code of the economy the table describes; null for a textbook example. The
  -- claim check warns whenever the table is not Kazakhstan's ('KZ').
  country text check (country ~ '^[A-Z]{2}$'),
  source_citation text not null check (length(btrim(source_citation)) > 0),
  source_url text,
  version_label text,
  -- True when any column is an assumption rather than published data; which ones, and why.
  is_illustrative boolean not null,
  illustrative_columns text[] not null default '{}',
  illustrative_note text,
  money_unit text,
  employment_unit text,
  -- The products counted as machine building in this table (DOMAIN.md section 6: a choice).
  machine_building_codes text[] not null default '{}',
  -- The row balance tolerance the table was accepted with; the model is rebuilt with the same one.
  balance_tolerance double precision not null check (balance_tolerance >= 0),
  product_count integer not null check (product_count > 0),
  table_data jsonb not null,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  created_by bigint references users(id) on delete set null,
  check (is_illustrative or cardinality(illustrative_columns) = 0)
);
`;
