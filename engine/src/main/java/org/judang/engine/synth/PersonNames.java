package org.judang.engine.synth;

import java.util.SplittableRandom;

/** Chinese names for the gallery: a common surname and one or two given-name characters. */
final class PersonNames {
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢傅钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文";
    private static final String MALE = "伟强磊军洋勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林建国志文斌峰";
    private static final String FEMALE = "芳娜敏静丽艳娟霞秀玲桂英华慧巧美娅琳雪梅婷颖洁佳倩晶月莉萍红燕蓉欣";

    private PersonNames() {}

    static String name(boolean male, SplittableRandom rng) {
        String given = male ? MALE : FEMALE;
        StringBuilder name = new StringBuilder(3).append(SURNAMES.charAt(rng.nextInt(SURNAMES.length())));
        int length = rng.nextDouble() < 0.7 ? 2 : 1;
        for (int i = 0; i < length; i++) name.append(given.charAt(rng.nextInt(given.length())));
        return name.toString();
    }
}
