-- Employer confirmation and admission tickets (issue 5, second slice). Scoped to an employer like the others
-- (':employer-<id>' appended), so an employer user confirms only its own employer's decisions.
--   application:confirm  confirm or dispute review decisions sent to the employer (employer users)
--   ticket:issue         set a recruitment's admission-ticket number pattern, issue missing numbers
INSERT INTO core_role_permission (role_id, permission) VALUES
    (13, 'application:confirm'),
    (1, 'ticket:issue'),
    (4, 'ticket:issue');
