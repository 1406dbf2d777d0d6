// Official statistics with their vintages (docs/observations-format.md). A revised figure is a new
// row with a later release date, never an update, so every figure can be shown as known on a date:
// "as of D" is, for each key, the row with the greatest release_date <= D.
export const sql = /* sql */ `
-- Branch codes that observations may use besides the OKED groups of branch_groups and their
-- divisions: aggregates (machine building per the configured scope, manufacturing, the economy)
-- and, where a source reports them, finer OKED classes.
create table statistical_branches (
  code text primary key check (code ~ '^([0-9]{2}\\.[0-9]{1,2}|[A-Z][A-Z0-9_]*)$'),
  kind text not null check (kind in ('aggregate', 'class')),
  names jsonb not null,
  note text
);
insert into statistical_branches (code, kind, names, note) values
  ('MB', 'aggregate', '{"en": "Machine building", "ru": "Машиностроение", "kk": "Машина жасау"}',
   'the OKED groups of the scopes in the machine_building_scopes setting'),
  ('C', 'aggregate', '{"en": "Manufacturing", "ru": "Обрабатывающая промышленность", "kk": "Өңдеу өнеркәсібі"}',
   'OKED section C'),
  ('TOTAL', 'aggregate', '{"en": "Whole economy", "ru": "Вся экономика", "kk": "Бүкіл экономика"}', null);

-- A series is a free code (PVI, GVA, OUTPUT, ...) created by the first import that uses it. Its
-- unit and currency are fixed by that import: one series, one unit.
create table series (
  id integer generated always as identity primary key,
  code text not null unique check (code ~ '^[A-Z][A-Z0-9_]{0,39}$'),
  unit text not null,
  currency text check (currency ~ '^[A-Z]{3}$'),
  names jsonb,
  created_at timestamptz not null default now()
);

create table observation_imports (
  id bigint generated always as identity primary key,
  file_name text not null,
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  format text not null check (format in ('csv', 'xlsx')),
  rows integer not null check (rows >= 0),
  inserted integer not null check (inserted >= 0),
  skipped integer not null check (skipped >= 0),
  -- The user who imported (accounts come with the access issue); null for the command line.
  imported_by bigint,
  imported_at timestamptz not null default now()
);

-- The key is (series, branch, region, period, price basis), and each key may have one value per
-- release date. Branch and region codes are checked by the importer against branch_groups,
-- statistical_branches and regions (three tables: no single foreign key can say it).
-- No foreign keys: their per-row triggers halved the import rate (measured on 200,000 rows). The
-- importer writes the series and the import record in the same transaction as the rows, and the
-- triggers below refuse to delete a series or an import that observations still refer to.
create table observations (
  series_id integer not null,
  branch_code text not null,
  region_code text not null,
  period text not null,
  -- Months covered, as year * 12 + month - 1, for ordering and period filters.
  first_month integer not null,
  last_month integer not null check (last_month >= first_month),
  price_basis text not null,
  release_date date not null,
  value numeric not null,
  status text not null check (status in ('preliminary', 'final')),
  source text not null,
  import_id bigint not null
);
-- The key, latest release first: "the latest release of each key" and "as of D" read the index in
-- order, without sorting. (A primary key cannot order a column descending, hence a unique index.)
create unique index observations_key on observations (series_id, branch_code, region_code, period, price_basis, release_date desc);
alter table observations replica identity using index observations_key;

create function refuse_delete_of_observed_series() returns trigger language plpgsql as $$
begin
  if exists (select 1 from observations where series_id = old.id) then
    raise exception 'the series % has observations: it cannot be deleted', old.code using errcode = '23503';
  end if;
  return old;
end $$;
create trigger series_keep_observed before delete on series
  for each row execute function refuse_delete_of_observed_series();

create function refuse_delete_of_import_with_rows() returns trigger language plpgsql as $$
begin
  if exists (select 1 from observations where import_id = old.id) then
    raise exception 'the import % stored observations: it cannot be deleted', old.id using errcode = '23503';
  end if;
  return old;
end $$;
create trigger observation_imports_keep_used before delete on observation_imports
  for each row execute function refuse_delete_of_import_with_rows();
`;
