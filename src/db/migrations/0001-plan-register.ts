// The plan register: organisations, plans, areas, measures with executors and costs, indicators,
// classifications, and the public figures the indicators come from. Texts that exist in several
// languages are jsonb objects {kk, ru, en}; a missing language is absent, never invented.
export const sql = /* sql */ `
create table organizations (
  id bigint generated always as identity primary key,
  code text not null unique check (code ~ '^[A-Z0-9][A-Z0-9_-]*$'),
  kind text not null check (kind in ('government','ministry','agency','akimat','national_company','development_institution','association','other')),
  names jsonb not null,
  short_names jsonb,
  note text,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table plans (
  id bigint generated always as identity primary key,
  code text not null unique check (code ~ '^[A-Z0-9][A-Z0-9_-]*$'),
  names jsonb not null,
  period_start integer not null,
  period_end integer not null check (period_end >= period_start),
  base_year integer,
  status text not null check (status in ('draft','approved','in_force','completed','cancelled')),
  legal_basis jsonb not null,
  owner_organization_id bigint not null references organizations(id),
  sources jsonb not null default '[]',
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table plan_areas (
  id bigint generated always as identity primary key,
  plan_id bigint not null references plans(id) on delete cascade,
  number integer not null check (number > 0),
  names jsonb not null,
  is_illustrative boolean not null,
  version integer not null default 1,
  unique (plan_id, number)
);

create table measures (
  id bigint generated always as identity primary key,
  plan_id bigint not null references plans(id) on delete cascade,
  area_id bigint not null references plan_areas(id),
  number integer not null check (number > 0),
  names jsonb not null,
  completion_form jsonb not null,
  deadline_text text not null,
  deadline_language text not null check (deadline_language in ('kk','ru','en')),
  expected_result jsonb not null,
  is_illustrative boolean not null,
  -- Lower-cased text of every language, built by the application so that search does not depend
  -- on the database's locale (a C-locale cluster does not lower-case Cyrillic).
  search_text text not null default '',
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (plan_id, number)
);
create index measures_area_idx on measures (area_id);

create table measure_executors (
  measure_id bigint not null references measures(id) on delete cascade,
  organization_id bigint not null references organizations(id),
  role text not null check (role in ('lead','co')),
  position integer not null,
  primary key (measure_id, organization_id)
);
create unique index measure_executors_one_lead on measure_executors (measure_id) where role = 'lead';
create index measure_executors_org_idx on measure_executors (organization_id);

create table measure_costs (
  measure_id bigint not null references measures(id) on delete cascade,
  year integer not null,
  source text not null check (source in ('republican_budget','local_budget','national_fund','own_funds','investor_funds','other','not_required')),
  amount_million_kzt numeric,
  primary key (measure_id, year, source)
);

create table indicators (
  id bigint generated always as identity primary key,
  plan_id bigint not null references plans(id) on delete cascade,
  code text not null,
  position integer not null,
  names jsonb not null,
  unit jsonb not null,
  price_basis text not null check (price_basis in ('current_prices','constant_prices','volume_index','physical_units','not_applicable','not_stated')),
  price_base_year integer,
  currency text check (currency ~ '^[A-Z]{3}$'),
  frequency text not null check (frequency in ('annual','quarterly','monthly')),
  direction text not null check (direction in ('increase','decrease')),
  base_year integer,
  base_value numeric,
  target_multiple numeric check (target_multiple > 0),
  target_year integer,
  sources jsonb not null,
  illustrative_fields text[] not null default '{}',
  note jsonb,
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  unique (plan_id, code)
);

create table indicator_intermediate_targets (
  indicator_id bigint not null references indicators(id) on delete cascade,
  year integer not null,
  multiple numeric not null check (multiple > 0),
  primary key (indicator_id, year)
);

create table measure_indicators (
  measure_id bigint not null references measures(id) on delete cascade,
  indicator_id bigint not null references indicators(id) on delete cascade,
  primary key (measure_id, indicator_id)
);

-- OKED three-digit groups; which scopes count as "machine building" is a setting, not code.
create table branch_groups (
  code text primary key check (code ~ '^[0-9]{2}\\.[0-9]$'),
  division text not null,
  names jsonb not null,
  scope text not null check (scope in ('core','extended')),
  scope_note text
);

create table regions (
  code text primary key check (code ~ '^KZ-[0-9]{2}$'),
  kind text not null check (kind in ('region','city')),
  names jsonb not null,
  admin_centre text,
  valid_from integer
);

create table settings (
  key text primary key,
  value jsonb not null,
  updated_at timestamptz not null default now()
);
insert into settings (key, value) values ('machine_building_scopes', '["core","extended"]');

-- Figures published in official statements and the press, kept as written with their source.
create table published_figures (
  id bigint generated always as identity primary key,
  position integer not null unique,
  label text not null,
  unit text not null,
  period_text text not null,
  value_text text not null,
  value numeric,
  qualifier text check (qualifier in ('exact','more_than','about','range')),
  source_url text not null,
  note text
);
`;
