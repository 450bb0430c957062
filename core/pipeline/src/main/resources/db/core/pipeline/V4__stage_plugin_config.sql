-- The stage plugin's own settings for this recruitment (the plugin's typed config metadata, entered
-- in the chain editor), as a JSON object of texts; NULL means the plugin's defaults.
-- Frozen with the other settings once the stage starts.
ALTER TABLE core_stage_instance ADD COLUMN plugin_config VARCHAR(30000);
