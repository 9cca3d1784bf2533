package org.aftersales.ticket.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.aftersales.events.ticket.Channel;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.events.ticket.FaultType;
import org.aftersales.platform.security.Organisations;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/tickets}: a fault report or a consultation. Server-owned fields (id, status,
 * tenant, times) are refused. A FAULT needs its fault level; a CONSULTATION has neither fault level nor fault type;
 * INSPECTION tickets come from inspection plans, not from this API.
 */
@Schema(name = "NewTicket", description = "A fault report (报修) or a consultation (咨询)")
public record NewTicket(
        @Schema(description = "Serial number of the device", examples = "SN-2024-000187")
        @NotBlank @Size(max = 64) String deviceSerial,
        @Schema(description = "The customer organisation the device belongs to, as its path", examples = "dealer-a/customer-a")
        @NotBlank @Pattern(regexp = Organisations.PATTERN, message = "must be an organisation path such as dealer-a/customer-a")
        String customerOrganisation,
        @Schema(description = "The symptom or the question in the caller's words", examples = "监护仪黑屏，无法开机")
        @NotBlank @Size(max = 4000) String description,
        @Schema(description = "故障等级: CRITICAL 一级, MAJOR 二级, MINOR 三级. Required for a FAULT, absent for a "
                + "CONSULTATION", nullable = true)
        FaultLevel faultLevel,
        @Schema(description = "Who to call back (报修联系人), and where the device stands")
        @NotNull @Valid ContactDetails contact,
        @Schema(description = "FAULT 故障报修 (the default) or CONSULTATION 咨询; INSPECTION is refused here",
                nullable = true) TicketKind kind,
        @Schema(description = "How the request came in; PORTAL when absent", nullable = true)
        Channel channel,
        @Schema(description = "故障类型 when already known; otherwise the agent classifies it. Absent for a CONSULTATION",
                nullable = true) FaultType faultType,
        @Schema(description = "报修时间: when the fault was reported, if before now (a forwarded alarm, a voicemail, a fax "
                + "read in the morning); agents and integration clients only, never in the future, at most "
                + "aftersales.ticket.reported-at-max-age (PT72H) back. The SLA clocks start then; now when absent",
                nullable = true) Instant reportedAt) {

    /** The kind asked for, FAULT when absent. */
    public TicketKind kindOrDefault() {
        return kind == null ? TicketKind.FAULT : kind;
    }

    /** The channel named, PORTAL when absent. */
    public Channel channelOrDefault() {
        return channel == null ? Channel.PORTAL : channel;
    }

    /** Who to call back (报修联系人), and where the device stands. */
    @Schema(name = "ContactDetails")
    public record ContactDetails(
            @Schema(description = "The caller's name", examples = "王工") @NotBlank @Size(max = 100) String name,
            @Schema(description = "The caller's phone number", examples = "+86 138 0000 0000")
            @NotBlank @Pattern(regexp = "\\+?[0-9][0-9 ()-]{4,30}", message = "must be a phone number") String phone,
            @Schema(description = "The caller's department", examples = "设备科") @Size(max = 100) String department,
            @Schema(description = "Where the device stands (安装地点)", examples = "三号楼 ICU 12 床")
            @Size(max = 255) String site) {
    }
}
