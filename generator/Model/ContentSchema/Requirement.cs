namespace Portal.Model.ContentSchema;

public enum Requirement
{
    Optional,
    /// <summary>The reader reports a missing or empty value as PORTAL0020.</summary>
    Required,
    /// <summary>
    /// Required, but the content check reports a missing value with a code of its own (an image without alt text,
    /// a video without captions), so the reader treats it as optional and editors get the more helpful message.
    /// </summary>
    RequiredByCheck,
}
