package org.aftersales.ticket.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a knowledge-base entry keeps of a ticket's text: the fault and its fix, never who, where or which unit. */
class CustomerIdentifiersTest {

    /** What the source ticket and the installed-base copy know of customer A. */
    static final CustomerIdentifiers CUSTOMER_A = CustomerIdentifiers.builder()
            .organisation("dealer-a/customer-a")
            .names(List.of("王建国", "王工", "设备科"))
            .sites(List.of("北京协和医院", "3号楼ICU"))
            .serials(List.of("SN-PM9000-0042", "MR2024X77"))
            .build();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            mobile                 | 联系 138 0013 8000 确认                   | 联系 [电话] 确认
            mobile with +86        | 电话+86 13800138000                       | 电话[电话]
            mobile dashed          | 回拨 138-0013-8000                        | 回拨 [电话]
            landline               | 科室电话 010-6915 6114                    | 科室电话 [电话]
            landline compact       | 总机 075588886666                         | 总机 [电话]
            foreign number         | call +49 30 1234567 back                  | call [电话] back
            e-mail                 | 报告发给 wang.jg@pumch.cn 了              | 报告发给 [邮箱] 了
            known serial           | SN-PM9000-0042 开机黑屏                   | [序列号] 开机黑屏
            known serial any case  | 更换 mr2024x77 的主板                      | 更换 [序列号] 的主板
            labelled serial        | 序列号: AB12345678 黑屏                    | 序列号: [序列号] 黑屏
            labelled S/N           | S/N XK-77801 fan noise                    | S/N [序列号] fan noise
            contact name           | 王建国反映报警无声                          | [客户]反映报警无声
            contact title          | 王工说重启后正常                            | [客户]说重启后正常
            department             | 设备科已断电                                | [客户]已断电
            site                   | 北京协和医院3号楼ICU 的监护仪黑屏           | [现场][现场] 的监护仪黑屏
            organisation           | customer-a 的设备                          | [客户] 的设备
            model kept             | PM-9000 开机黑屏                           | PM-9000 开机黑屏
            part number kept       | 更换电源模块 PSU-220V-01                    | 更换电源模块 PSU-220V-01
            fault code kept        | 报错 E12，固件 2.1.3 修复                   | 报错 E12，固件 2.1.3 修复
            measurement kept       | 输出电压 220V，电流 0.5A                    | 输出电压 220V，电流 0.5A
            date kept              | 2026-11-03 起间歇黑屏                       | 2026-11-03 起间歇黑屏
            one-character name kept| 电源老化                                    | 电源老化
            """)
    void customer_identifiers_are_masked_and_the_rest_is_kept(String what, String text, String expected) {
        assertThat(CUSTOMER_A.strip(text)).as(what).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no one known: phone     | 联系13800138000                  | 联系[电话]
            no one known: e-mail    | a.b@example.com                   | [邮箱]
            no one known: name kept | 王建国反映黑屏                     | 王建国反映黑屏
            """)
    void without_a_source_ticket_the_patterns_still_apply(String what, String text, String expected) {
        assertThat(CustomerIdentifiers.none().strip(text)).as(what).isEqualTo(expected);
    }
}
