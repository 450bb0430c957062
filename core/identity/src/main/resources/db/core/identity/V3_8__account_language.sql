-- The language a person prefers for what the platform sends them (zh-CN or en); NULL: the default,
-- zh-CN. Set on the account page or with PUT /me/language, and when a signed-in person switches the
-- site's language.
ALTER TABLE core_account ADD COLUMN preferred_language VARCHAR(10);
