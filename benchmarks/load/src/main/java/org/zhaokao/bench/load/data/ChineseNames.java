package org.zhaokao.bench.load.data;

import java.util.Random;

/**
 * Plausible Chinese real names: a common surname (some compound) and one or two given characters.
 */
final class ChineseNames {

  private static final String[] SURNAMES = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高",
    "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁",
    "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "欧阳", "司马", "诸葛"
  };
  private static final String GIVEN =
      "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国志红文博宇浩然子轩雨欣梓涵佳怡思远嘉诚" + "晨阳婷雪梅海燕丹凤鹏飞晓东立新春生秋实亚楠俊杰颖琳倩瑶一鸣天佑若曦书豪";

  private ChineseNames() {}

  static String of(Random random) {
    StringBuilder name = new StringBuilder(SURNAMES[random.nextInt(SURNAMES.length)]);
    int given = random.nextInt(3) == 0 ? 1 : 2;
    for (int i = 0; i < given; i++) {
      name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
    }
    return name.toString();
  }
}
