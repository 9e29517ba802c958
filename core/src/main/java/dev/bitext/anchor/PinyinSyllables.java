package dev.bitext.anchor;

import java.util.List;

/**
 * The toneless pinyin syllables of Mandarin (ü written u, plus the {@code lv}/{@code nv} spellings)
 * and the test whether a lower-case word splits into a given number of them.
 *
 * <p>Immutable and thread-safe.
 */
final class PinyinSyllables {
    /** The longest syllable ({@code zhuang}). */
    private static final int LONGEST = 6;

    private static final List<String> LIST = List.of((""
            + "a o e ai ei ao ou an en ang eng er "
            + "yi ya yo ye yao you yan yin yang ying yong yu yue yuan yun "
            + "wu wa wo wai wei wan wen wang weng "
            + "ba bo bai bei bao ban ben bang beng bi bie biao bian bin bing bu "
            + "pa po pai pei pao pou pan pen pang peng pi pie piao pian pin ping pu "
            + "ma mo me mai mei mao mou man men mang meng mi mie miao miu mian min ming mu "
            + "fa fo fei fou fan fen fang feng fu "
            + "da de dai dei dao dou dan den dang deng dong di dia die diao diu dian ding du duo dui duan dun "
            + "ta te tai tao tou tan tang teng tong ti tie tiao tian ting tu tuo tui tuan tun "
            + "na ne nai nei nao nou nan nen nang neng nong ni nie niao niu nian nin niang ning "
            + "nu nuo nuan nun nue nv nve "
            + "la le lai lei lao lou lan lang leng long li lia lie liao liu lian lin liang ling "
            + "lu luo luan lun lue lv lve "
            + "ga ge gai gei gao gou gan gen gang geng gong gu gua guo guai gui guan gun guang "
            + "ka ke kai kei kao kou kan ken kang keng kong ku kua kuo kuai kui kuan kun kuang "
            + "ha he hai hei hao hou han hen hang heng hong hu hua huo huai hui huan hun huang "
            + "ji jia jie jiao jiu jian jin jiang jing jiong ju jue juan jun "
            + "qi qia qie qiao qiu qian qin qiang qing qiong qu que quan qun "
            + "xi xia xie xiao xiu xian xin xiang xing xiong xu xue xuan xun "
            + "zha zhe zhi zhai zhei zhao zhou zhan zhen zhang zheng zhong zhu zhua zhuo zhuai zhui "
            + "zhuan zhun zhuang "
            + "cha che chi chai chao chou chan chen chang cheng chong chu chua chuo chuai chui chuan "
            + "chun chuang "
            + "sha she shi shai shei shao shou shan shen shang sheng shu shua shuo shuai shui shuan "
            + "shun shuang "
            + "re ri rao rou ran ren rang reng rong ru rua ruo rui ruan run "
            + "za ze zi zai zei zao zou zan zen zang zeng zong zu zuo zui zuan zun "
            + "ca ce ci cai cao cou can cen cang ceng cong cu cuo cui cuan cun "
            + "sa se si sai sao sou san sen sang seng song su suo sui suan sun")
            .split(" "));
    private static final AsciiWords SYLLABLES = new AsciiWords(LIST);

    private PinyinSyllables() {
    }

    /** Whether {@code s} is one toneless syllable. */
    static boolean isSyllable(String s) {
        return SYLLABLES.contains(s, 0, s.length());
    }

    /** The number of syllables in the table. */
    static int count() {
        return LIST.size();
    }

    /**
     * Whether the lower-case ASCII word {@code s} splits into between {@code min} and {@code max}
     * syllables (longest syllables tried first, backtracking). The one-letter syllables a, o and e
     * are not used: they are rare in names and would let English words such as "are" or "one" pass.
     */
    static boolean splits(CharSequence s, int min, int max) {
        return s.length() <= max * LONGEST && splitsFrom(s, 0, 0, min, max);
    }

    /** Whether the syllable candidate {@code [from, end)} has one letter (a, o, e). */
    private static boolean isBareVowel(int from, int end) {
        return end - from == 1;
    }

    private static boolean splitsFrom(CharSequence s, int from, int used, int min, int max) {
        if (from == s.length()) {
            return used >= min;
        }
        if (used == max) {
            return false;
        }
        for (int end = Math.min(s.length(), from + LONGEST); end > from; end--) {
            if (!isBareVowel(from, end) && SYLLABLES.contains(s, from, end) && splitsFrom(s, end, used + 1, min, max)) {
                return true;
            }
        }
        return false;
    }
}
