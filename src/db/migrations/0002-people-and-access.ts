// People and access: users with roles, server-side sessions, personal API tokens and sign-in rate
// limit counters. Everything lives here (not in a process's memory) so that several stateless app
// processes behind a load balancer share one view of who is signed in and who is locked out.
// Secrets (session cookies, API tokens) are stored only as SHA-256 hashes: a database dump lets
// nobody sign in.
export const sql = /* sql */ `
create table users (
  id bigint generated always as identity primary key,
  -- Stored lower-cased by the application; the index makes uniqueness case-insensitive anyway.
  email text not null check (email = lower(email) and email like '%_@_%'),
  name text not null check (length(btrim(name)) > 0),
  organization_id bigint not null references organizations(id),
  -- argon2id, PHC string format.
  password_hash text not null,
  is_disabled boolean not null default false,
  -- Consecutive failed sign-ins; reset by a successful one or when a lockout ends.
  failed_sign_ins integer not null default 0 check (failed_sign_ins >= 0),
  locked_until timestamptz,
  password_changed_at timestamptz not null default now(),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index users_email_key on users (lower(email));
create index users_organization_idx on users (organization_id);

create table user_roles (
  user_id bigint not null references users(id) on delete cascade,
  role text not null check (role in ('admin','coordinator','executor','reviewer','viewer')),
  primary key (user_id, role)
);

create table sessions (
  -- SHA-256 (hex) of the 32-byte random secret in the cookie.
  id text primary key check (id ~ '^[0-9a-f]{64}$'),
  user_id bigint not null references users(id) on delete cascade,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  -- Absolute end; the idle limit is checked against last_seen_at.
  expires_at timestamptz not null
);
create index sessions_user_idx on sessions (user_id);
create index sessions_expires_idx on sessions (expires_at);

create table api_tokens (
  id bigint generated always as identity primary key,
  -- SHA-256 (hex) of the whole token.
  token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
  -- The first characters of the token, shown in lists so that a person can tell tokens apart.
  prefix text not null,
  name text not null check (length(btrim(name)) > 0),
  user_id bigint not null references users(id) on delete cascade,
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);
create index api_tokens_user_idx on api_tokens (user_id);

-- Fixed-window counters, e.g. failed sign-ins per client address per minute.
create table rate_limit_counters (
  key text not null,
  window_start timestamptz not null,
  count integer not null,
  primary key (key, window_start)
);
create index rate_limit_counters_window_idx on rate_limit_counters (window_start);
`;
