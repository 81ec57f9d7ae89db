using Portal.Diagnostics;

namespace Portal.Model.ContentSchema;

/// <summary>content/site.yml: the site's identity and the government footer.</summary>
public static class SiteFields
{
    /// <summary>The new-media platform for an account on none of the named ones: its QR code's text names the account only.</summary>
    public const string OtherPlatform = "其他";

    public static readonly ContentField Title = new()
    {
        Key = "title", Kind = FieldKind.Text, Label = "网站名称", Requirement = Requirement.Required,
        Hint = "显示在页面顶部和浏览器标签上。",
        Examples = ["甘肃省交通运输厅深化“三抓三促”行动专题网站"],
    };

    public static readonly ContentField ShortTitle = new()
    {
        Key = "shortTitle", Kind = FieldKind.Text, Label = "网站简称",
        Hint = "用于页面顶部、标签页标题等处；不写则用网站名称。",
        Examples = ["深化“三抓三促”行动"],
    };

    public static readonly ContentField Description = new()
    {
        Key = "description", Kind = FieldKind.Text, Label = "网站简介",
        Hint = "搜索引擎和分享时显示。",
        Examples = ["本站集中宣传甘肃省交通运输厅深化“三抓三促”行动。"],
    };

    public static readonly ContentField BaseUrl = new()
    {
        Key = "baseUrl", Kind = FieldKind.Text, Label = "网站地址", Requirement = Requirement.Required, Pattern = TextPattern.WebAddress, RuleCode = DiagnosticCodes.InvalidBaseUrl,
        Hint = "网站正式地址，以 https:// 或 http:// 开头，以“/”结尾；写错报错（PORTAL0080）。",
        Examples = ["https://gansu-transport.github.io/portal/"],
    };

    public static readonly ContentField Organizer = new()
    {
        Key = "organizer", Kind = FieldKind.Text, Label = "主办单位",
        Hint = "显示在页面底部。",
        Examples = ["甘肃省交通运输厅"],
    };

    public static readonly ContentField Operator = new()
    {
        Key = "operator", Kind = FieldKind.Text, Label = "承办单位",
        Hint = "显示在页面底部；通知没有写明承办单位，核实后才填写，留空则不显示（自查列为待确认）。",
        Examples = ["甘肃省交通运输厅××中心"],
    };

    public static readonly ContentField ContactAddress = new()
    {
        Key = "address", Kind = FieldKind.Text, Label = "地址",
        Hint = "通讯地址，留空则不显示。",
        Examples = ["甘肃省兰州市"],
    };

    public static readonly ContentField ContactPhone = new()
    {
        Key = "phone", Kind = FieldKind.Text, Label = "电话", AllowsBareNumber = true,
        Hint = "联系电话，留空则不显示。",
        Examples = ["0931-0000000"],
    };

    public static readonly ContentField ContactEmail = new()
    {
        Key = "email", Kind = FieldKind.Text, Label = "电子邮箱", Pattern = TextPattern.EmailOrEmpty,
        Hint = "留空则不显示。",
        Examples = ["name@example.gov.cn"],
    };

    public static readonly ContentField Contact = new()
    {
        Key = "contact", Kind = FieldKind.Object, Label = "联系方式", Fields = [ContactAddress, ContactPhone, ContactEmail],
        Hint = "显示在页面底部；各项留空则不显示。",
    };

    public static readonly ContentField Icp = new()
    {
        Key = "icp", Kind = FieldKind.Text, Label = "ICP备案号",
        Hint = "显示在页面底部，留空则不显示。",
        Examples = ["陇ICP备00000000号"],
    };

    public static readonly ContentField PublicSecurityFiling = new()
    {
        Key = "publicSecurityFiling", Kind = FieldKind.Text, Label = "公安备案号",
        Hint = "显示在页面底部，带公安备案图标，并链接到全国互联网安全管理服务平台按备案号查询的页面；留空则不显示。",
        Examples = ["甘公网安备62010202000123号"],
    };

    public static readonly ContentField SiteCode = new()
    {
        Key = "siteCode", Kind = FieldKind.Text, Label = "网站标识码", AllowsBareNumber = true,
        Hint = "政府网站标识码，显示在页面底部，并写入每个页面的 SiteIDCode 元数据；留空则不显示。",
        Examples = ["6200000000"],
    };

    public static readonly ContentField ConacUrl = new()
    {
        Key = "url", Kind = FieldKind.Text, Label = "党政机关标识验证地址", Pattern = TextPattern.WebAddressOrEmpty, RuleCode = DiagnosticCodes.UnsafeLink,
        Hint = "开办网站时中国机构编制网（conac.cn）给出的标识验证地址，以 https:// 或 http:// 开头；写错报错（PORTAL0054）。",
        Examples = ["https://bszs.conac.cn/sitename?method=show&id=00000000000000000000000000000000"],
    };

    public static readonly ContentField ConacLogo = new()
    {
        Key = "logo", Kind = FieldKind.Text, Label = "党政机关标识图片", Pattern = TextPattern.MediaPathOrEmpty, RuleCode = DiagnosticCodes.MissingMedia,
        Hint = "机构编制部门下发的标识图片，放在 content/media/ 下，以 media/ 开头；找不到文件时报错（PORTAL0050）。",
        Examples = ["media/conac.png"],
    };

    public static readonly ContentField Conac = new()
    {
        Key = "conac", Kind = FieldKind.Object, Label = "党政机关标识", Fields = [ConacUrl, ConacLogo],
        Hint = "两项都填写后，页面底部显示党政机关标识图片并链接到其验证地址；留空则不显示。",
    };

    public static readonly ContentField ErrorReport = new()
    {
        Key = "errorReport", Kind = FieldKind.Text, Label = "我为政府网站找错地址", Pattern = TextPattern.WebAddressOrEmpty, RuleCode = DiagnosticCodes.UnsafeLink,
        Hint = "每个页面底部“我为政府网站找错”入口的链接地址；不写而填写了网站标识码时，使用全国政府网站找错平台的地址；写错报错（PORTAL0054）。",
        Examples = ["https://zfwzzc.www.gov.cn/check_web/errorInfo/jcInfo?sitecode=6200000000"],
    };

    public static readonly ContentField FeedbackUrl = new()
    {
        Key = "url", Kind = FieldKind.Text, Label = "留言系统地址", Pattern = TextPattern.WebAddressOrEmpty, RuleCode = DiagnosticCodes.UnsafeLink,
        Hint = "本厅自己的网上留言（咨询、建言、投诉）系统的地址，以 https:// 或 http:// 开头；写错报错（PORTAL0054）。",
        Examples = ["https://jtys.gansu.gov.cn/"],
    };

    public static readonly ContentField FeedbackPhone = new()
    {
        Key = "phone", Kind = FieldKind.Text, Label = "监督电话", AllowsBareNumber = true,
        Hint = "受理咨询、建言和社会监督的电话，留空则不显示。",
        Examples = ["0931-0000000"],
    };

    public static readonly ContentField FeedbackEmail = new()
    {
        Key = "email", Kind = FieldKind.Text, Label = "监督邮箱", Pattern = TextPattern.EmailOrEmpty,
        Hint = "受理来信的电子邮箱，留空则不显示。",
        Examples = ["name@example.gov.cn"],
    };

    public static readonly ContentField FeedbackAddress = new()
    {
        Key = "address", Kind = FieldKind.Text, Label = "来信地址",
        Hint = "信件邮寄地址和邮政编码，留空则不显示。",
        Examples = ["甘肃省兰州市，邮编 730030"],
    };

    public static readonly ContentField Feedback = new()
    {
        Key = "feedback", Kind = FieldKind.Object, Label = "咨询建言与社会监督渠道", Fields = [FeedbackUrl, FeedbackPhone, FeedbackEmail, FeedbackAddress],
        Hint = "列在“咨询建言与社会监督”页（/feedback/）上；至少填写一项，否则自查报告列为问题（PORTAL0029）。",
    };

    public static readonly ContentField BannerSrc = new()
    {
        Key = "src", Kind = FieldKind.Text, Label = "横幅图片路径", Requirement = Requirement.Required, Pattern = TextPattern.MediaPath, RuleCode = DiagnosticCodes.MissingMedia,
        Hint = "以 media/ 开头，文件放在 content/media/ 下（PORTAL0050）；建议宽 1200 像素以上的横幅。",
        Examples = ["media/banner.jpg"],
    };

    public static readonly ContentField BannerAlt = new()
    {
        Key = "alt", Kind = FieldKind.Text, Label = "横幅图片说明（alt）", Requirement = Requirement.RequiredByCheck,
        Hint = "用一句话说明横幅上的内容和文字，供视障读者的读屏软件朗读；缺少时报错（PORTAL0051）。",
        Examples = ["深化“三抓三促”行动 推动交通运输高质量发展"],
    };

    public static readonly ContentField Banner = new()
    {
        Key = "banner", Kind = FieldKind.Object, Label = "首页横幅", Fields = [BannerSrc, BannerAlt],
        Hint = "首页顶部的宣传横幅图片，可不写。",
    };

    public static readonly ContentField NewMediaPlatform = new()
    {
        Key = "platform", Kind = FieldKind.Text, Label = "新媒体平台", Requirement = Requirement.Required, RuleCode = DiagnosticCodes.UnknownNewMediaPlatform,
        Hint = "账号所在的平台；不是所列平台时报错（PORTAL0081），所列之外的平台写“其他”。",
        Examples = ["微信公众号"],
        Choices =
        [
            new("微信公众号", "微信公众平台上的公众号（订阅号或服务号）。"),
            new("微博", "新浪微博账号。"),
            new("抖音", "抖音账号。"),
            new("今日头条", "今日头条（头条号）账号。"),
            new("视频号", "微信视频号。"),
            new(OtherPlatform, "以上平台之外的政务新媒体；账号名称请写清平台，如“××客户端”。"),
        ],
    };

    public static readonly ContentField NewMediaName = new()
    {
        Key = "name", Kind = FieldKind.Text, Label = "账号名称", Requirement = Requirement.Required,
        Hint = "账号在平台上的名称，按平台上显示的原样书写；二维码图片的文字说明由平台和名称自动生成，如“微信公众号“××”二维码”；缺少时报错（PORTAL0020）。",
        Examples = ["××交通"],
    };

    public static readonly ContentField NewMediaUrl = new()
    {
        Key = "url", Kind = FieldKind.Text, Label = "账号主页地址", Pattern = TextPattern.WebAddressOrEmpty, RuleCode = DiagnosticCodes.UnsafeLink,
        Hint = "账号在平台网站上的主页地址，以 https:// 或 http:// 开头，填写后账号名称成为链接；可不写；写错报错（PORTAL0054）。",
        Examples = ["https://weibo.com/"],
    };

    public static readonly ContentField NewMediaQr = new()
    {
        Key = "qr", Kind = FieldKind.Text, Label = "二维码图片", Requirement = Requirement.Required, Pattern = TextPattern.MediaPath, RuleCode = DiagnosticCodes.MissingMedia,
        Hint = "账号的二维码图片，放在 content/media/ 下，以 media/ 开头；缺少时报错（PORTAL0020），找不到文件时报错（PORTAL0050）。",
        Examples = ["media/new-media/wechat.png"],
    };

    public static readonly ContentField NewMedia = new()
    {
        Key = "newMedia", Kind = FieldKind.ObjectList, Label = "政务新媒体账号", Fields = [NewMediaPlatform, NewMediaName, NewMediaUrl, NewMediaQr],
        Hint = "本厅开设的政务新媒体账号，带二维码列在每个页面底部和“关于本站”页；不写或写 [] 则不显示。",
        ItemHint = "一个账号：平台、名称、主页地址（可不写）和二维码图片。",
    };

    public static readonly ContentField EditingBackend = new()
    {
        Key = "backend", Kind = FieldKind.Text, Label = "编辑后台", RuleCode = DiagnosticCodes.EditingIncomplete,
        Hint = "网上的浏览器编辑器（/admin/）把稿件保存到哪里；留空则只能在本机预览（serve）中用浏览器编辑；填写不全报错（PORTAL0059）。",
        Examples = [EditingBackends.GitHub],
        Choices = [new(EditingBackends.GitHub, "代码在 GitHub 上；登录需要一个 OAuth 登录中转服务（见 docs/cms-backends.md）。"),
                   new(EditingBackends.Forgejo, "代码在本单位自建的 Forgejo 服务器上；直接用服务器账号登录（PKCE），无需中转服务。")],
    };

    public static readonly ContentField EditingRepo = new()
    {
        Key = "repo", Kind = FieldKind.Text, Label = "代码仓库", Pattern = TextPattern.RepositoryOrEmpty, RuleCode = DiagnosticCodes.EditingIncomplete,
        Hint = "“所有者/仓库名”，如 gansu-transport/portal；填写了编辑后台时必填（PORTAL0059）。",
        Examples = ["gansu-transport/portal"],
    };

    public static readonly ContentField EditingBranch = new()
    {
        Key = "branch", Kind = FieldKind.Text, Label = "发布分支",
        Hint = "合并到这个分支即发布，不写为 main。",
        Examples = ["main"],
    };

    public static readonly ContentField EditingServer = new()
    {
        Key = "server", Kind = FieldKind.Text, Label = "登录服务地址", Pattern = TextPattern.WebAddressOrEmpty, RuleCode = DiagnosticCodes.EditingIncomplete,
        Hint = "github：OAuth 登录中转服务的地址；forgejo：Forgejo 服务器的地址。以 https:// 开头；填写了编辑后台时必填（PORTAL0059）。",
        Examples = ["https://git.example.gov.cn"],
    };

    public static readonly ContentField EditingAppId = new()
    {
        Key = "appId", Kind = FieldKind.Text, Label = "OAuth 应用编号",
        Hint = "forgejo：在服务器上为本站创建的 OAuth2 应用的 Client ID（不勾选“机密客户端”）；github 不用填。",
        Examples = ["5f0e2c1a-0000-0000-0000-000000000000"],
    };

    public static readonly ContentField EditingReview = new()
    {
        Key = "review", Kind = FieldKind.Boolean, Label = "先审后发",
        Hint = "true：每篇稿件保存后即成为一个合并请求（草稿），提交审核、审核通过并合并后才发布（三审三校）；不写为 true。",
        Examples = ["true"],
    };

    public static readonly ContentField Editing = new()
    {
        Key = "editing", Kind = FieldKind.Object, Label = "浏览器编辑",
        Fields = [EditingBackend, EditingRepo, EditingBranch, EditingServer, EditingAppId, EditingReview],
        Hint = "网上的浏览器编辑器（/admin/）连接的代码仓库和审核流程；不写则只能在本机预览中编辑。",
    };

    public static readonly ContentField DispatchEvery = new()
    {
        Key = "every", Kind = FieldKind.Text, Label = "调度周期",
        Choices =
        [
            new(DispatchCadences.Monthly, "每月调度一次。"),
            new(DispatchCadences.Quarterly, "每季度调度一次（不写时默认）。"),
            new(DispatchCadences.HalfYearly, "每半年调度一次。"),
        ],
        Hint = "专项工作机制办公室多久调度一次：超过这个时间没有报送进展的牵头部门列入 check 的提示（PORTAL0028）和调度台账；不写为 季度。",
        Examples = ["季度"],
    };

    public static readonly ContentField Dispatch = new()
    {
        Key = "dispatch", Kind = FieldKind.Object, Label = "定期调度",
        Fields = [DispatchEvery],
        Hint = "专项工作机制办公室定期调度重点任务进展（通知 三（二））的周期，如 dispatch: { every: 季度 }。",
    };

    public static readonly ContentDocument Document = new()
    {
        Id = "site",
        Path = "site.yml",
        Format = ContentFormat.YamlFile,
        Title = "网站基本信息（content/site.yml）",
        Description = "网站名称、地址、主办承办单位、联系方式、备案信息、党政机关标识、找错入口、咨询建言渠道、政务新媒体账号和浏览器编辑的设置。备案号等留空（\"\"）则不显示。",
        Fields = [Title, ShortTitle, Description, BaseUrl, Banner, Organizer, Operator, Contact, Icp, PublicSecurityFiling, SiteCode, Conac, ErrorReport, Feedback, NewMedia, Editing, Dispatch],
    };
}
