-- A role whose members may use /admin besides those with Manage Server (`admin_role` in
-- `/admin config` and `odysseyctl config`). Null: Manage Server only.
ALTER TABLE guild_settings ADD COLUMN admin_role_id bigint;
