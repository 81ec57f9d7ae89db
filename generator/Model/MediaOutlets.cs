namespace Portal.Model;

/// <summary>The media the notice names for publicity (三（四）: “用好报纸、网络、电视和新媒体平台”).</summary>
public static class MediaOutlets
{
    public static readonly IReadOnlyList<string> All = ["报纸", "网络", "电视", "新媒体"];
}
