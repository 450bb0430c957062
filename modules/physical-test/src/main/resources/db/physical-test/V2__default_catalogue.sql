-- The default catalogue staff start from: the public-security recruit standard
-- (公安机关录用人民警察体能测评项目和标准(暂行)): 10 m × 4 往返跑, 1000 m 跑 (men), 800 m 跑 (women),
-- 纵跳摸高, two age bands (30 岁及以下 / 31 岁及以上); times in seconds, heights in centimetres.
-- Push-ups are not in that standard: a one-minute count added as an example for other recruitments.
INSERT INTO pt_item (code, name_zh, name_en, unit, direction, default_attempts) VALUES
    ('SHUTTLE_10X4',  '10米×4往返跑', '10 m × 4 shuttle run', 's',  'LOWER_IS_BETTER',  2),
    ('RUN_1000',      '1000米跑',     '1000 m run',           's',  'LOWER_IS_BETTER',  1),
    ('RUN_800',       '800米跑',      '800 m run',            's',  'LOWER_IS_BETTER',  1),
    ('VERTICAL_JUMP', '纵跳摸高',     'Vertical jump reach',  'cm', 'HIGHER_IS_BETTER', 3),
    ('PUSH_UPS',      '俯卧撑(1分钟)', 'Push-ups (1 minute)', 'reps', 'HIGHER_IS_BETTER', 1);

INSERT INTO pt_standard (item_id, gender, min_age, max_age, threshold)
SELECT id, 'MALE', 0, 30, 13.1 FROM pt_item WHERE code = 'SHUTTLE_10X4';
INSERT INTO pt_standard (item_id, gender, min_age, max_age, threshold)
SELECT id, 'MALE', 31, NULL, 13.4 FROM pt_item WHERE code = 'SHUTTLE_10X4';
INSERT INTO pt_standard (item_id, gender, min_age, max_age, threshold)
SELECT id, 'FEMALE', 0, 30, 14.1 FROM pt_item WHERE code = 'SHUTTLE_10X4';
INSERT INTO pt_standard (item_id, gender, min_age, max_age, threshold)
SELECT id, 'FEMALE', 31, NULL, 14.4 FROM pt_item WHERE code = 'SHUTTLE_10X4';

-- 4'25" and 4'35"
INSERT INTO pt_standard (item_id, gender, min_age, max_age, threshold)
SELECT id, 'MALE', 0, 30, 265 FROM pt_item WHERE code = 'RUN_1000';
INSERT INTO pt_standard (item_id, gender, min_age, max_age, threshold)
SELECT id, 'MALE', 31, NULL, 275 FROM pt_item WHERE code = 'RUN_1000';

-- 4'20" and 4'30"
INSERT INTO pt_standard (item_id, gender, min_age, max_age, threshold)
SELECT id, 'FEMALE', 0, 30, 260 FROM pt_item WHERE code = 'RUN_800';
INSERT INTO pt_standard (item_id, gender, min_age, max_age, threshold)
SELECT id, 'FEMALE', 31, NULL, 270 FROM pt_item WHERE code = 'RUN_800';

INSERT INTO pt_standard (item_id, gender, min_age, max_age, threshold)
SELECT id, 'MALE', 0, NULL, 265 FROM pt_item WHERE code = 'VERTICAL_JUMP';
INSERT INTO pt_standard (item_id, gender, min_age, max_age, threshold)
SELECT id, 'FEMALE', 0, NULL, 230 FROM pt_item WHERE code = 'VERTICAL_JUMP';

INSERT INTO pt_standard (item_id, gender, min_age, max_age, threshold)
SELECT id, 'MALE', 0, 30, 30 FROM pt_item WHERE code = 'PUSH_UPS';
INSERT INTO pt_standard (item_id, gender, min_age, max_age, threshold)
SELECT id, 'MALE', 31, NULL, 25 FROM pt_item WHERE code = 'PUSH_UPS';
INSERT INTO pt_standard (item_id, gender, min_age, max_age, threshold)
SELECT id, 'FEMALE', 0, 30, 20 FROM pt_item WHERE code = 'PUSH_UPS';
INSERT INTO pt_standard (item_id, gender, min_age, max_age, threshold)
SELECT id, 'FEMALE', 31, NULL, 15 FROM pt_item WHERE code = 'PUSH_UPS';
