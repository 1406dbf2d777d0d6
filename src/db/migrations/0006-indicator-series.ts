// Links a plan's indicators to the statistics they are computed from, and records the base year a
// plan is assumed to have where it publishes none. Both are data, so that an analyst can relink an
// indicator or change the assumption without touching the program.
export const sql = /* sql */ `
create table indicator_series (
  indicator_id bigint primary key references indicators(id) on delete cascade,
  -- What the indicator measures, for the consistency checks (nominal against volume and prices,
  -- productivity against output and employment).
  role text not null check (role in ('nominal_gva','nominal_output','volume','productivity','employment','exports','investment','other')),
  -- The statistical series, its branch (an aggregate such as MB, or an OKED code) and region (KZ
  -- for the country). Null while no series is linked: the indicator then shows "no data".
  series_code text check (series_code ~ '^[A-Z][A-Z0-9_]{0,39}$'),
  branch text,
  region text,
  -- levels: values of the indicator itself; annual_indices: volume indices, previous year = 100.
  kind text check (kind in ('levels','annual_indices')),
  -- The series whose annual values at current prices weight sub-branches and regions when their
  -- monthly levels are chain-linked into contributions (DOMAIN.md section 4).
  weight_series_code text check (weight_series_code ~ '^[A-Z][A-Z0-9_]{0,39}$'),
  updated_at timestamptz not null default now(),
  check ((series_code is null) = (kind is null) and (series_code is null) = (branch is null) and (series_code is null) = (region is null))
);
create index indicator_series_series_idx on indicator_series (series_code, branch, region);

create table plan_base_year_assumptions (
  plan_id bigint primary key references plans(id) on delete cascade,
  base_year integer not null check (base_year between 1990 and 2100),
  -- Why this year: shown next to every figure computed from it.
  note jsonb not null,
  updated_at timestamptz not null default now()
);
`;
