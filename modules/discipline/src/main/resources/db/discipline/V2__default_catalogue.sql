-- The default catalogue (违纪违规行为目录), after 《事业单位公开招聘违纪违规行为处理规定》(人社部令第35号) and
-- 《国家教育考试违规处理办法》(教育部令第33号). Editors add new versions; these rows stay as version 1.
INSERT INTO dc_violation_type (id, code, type_version, is_current, name_zh, name_en, standard, evidence_required,
                               evidence_note, sanctions, max_blacklist_years, created_at, created_by) VALUES
    (1, 'disorder', 1, TRUE, '扰乱考场秩序', 'Disorder in the examination room',
     '《事业单位公开招聘违纪违规行为处理规定》第九条：携带规定以外的物品进入考场且经提醒仍不改正、未经允许擅自离开座位或考场、在考试开始信号发出前答题或结束信号发出后继续答题经提醒仍不停止等，给予当次该科目考试成绩无效的处理；参照《国家教育考试违规处理办法》第五条。',
     FALSE, '监考记录、考场情况记录表', 'VOID_STAGE_SCORE', 0, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', 'system'),
    (2, 'cheating', 1, TRUE, '考试作弊', 'Cheating',
     '《事业单位公开招聘违纪违规行为处理规定》第十条：抄袭、协助他人抄袭，互相传递试卷、答题纸、答题卡、草稿纸等，给予当次该科目考试成绩无效的处理，记入诚信档案库五年；参照《国家教育考试违规处理办法》第六条。',
     TRUE, '监控录像片段、作弊物品照片、监考人员笔录、本人陈述', 'DISQUALIFY,VOID_STAGE_SCORE', 0, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', 'system'),
    (3, 'cheating-device', 1, TRUE, '使用作弊器材或作弊软件', 'Cheating devices or software',
     '《事业单位公开招聘违纪违规行为处理规定》第十条第（四）项：使用禁止带入考场的通讯工具、规定以外的电子用品；第十一条：串通作弊或参与有组织作弊的，当次全部科目成绩无效并列入诚信档案库；参照《国家教育考试违规处理办法》第六条第（五）项。',
     TRUE, '查获器材照片、信号检测记录、监控录像、本人陈述', 'BLACKLIST,DISQUALIFY,VOID_STAGE_SCORE', 5, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', 'system'),
    (4, 'proxy-test-taking', 1, TRUE, '替考（代替他人或让他人代替自己参加考试）', 'Proxy test-taking',
     '《事业单位公开招聘违纪违规行为处理规定》第十一条第（二）项：代替他人或者让他人代替自己参加考试的，给予当次全部科目考试成绩无效的处理，并列入诚信档案库；参照《国家教育考试违规处理办法》第六条第（八）项。',
     TRUE, '人证核验记录、现场照片与报名照片比对、监控录像、本人陈述', 'BLACKLIST,DISQUALIFY', 5, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', 'system'),
    (5, 'forged-documents', 1, TRUE, '伪造、变造证件证明或提供虚假材料', 'Forged documents or false statements',
     '《事业单位公开招聘违纪违规行为处理规定》第八条：伪造、涂改证件、证明等报名材料，或以其他不正当手段获取应聘资格的，取消其本次应聘资格；第十条第（三）项：持伪造证件参加考试的，记入诚信档案库五年。',
     TRUE, '证件原件与复印件、发证机关核查函、本人陈述', 'BLACKLIST,DISQUALIFY', 5, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', 'system');
