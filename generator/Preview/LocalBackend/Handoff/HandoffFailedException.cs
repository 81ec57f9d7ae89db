namespace Portal.Preview.LocalBackend.Handoff;

/// <summary>提交审核 could not be done; the message says why and what to do, in Chinese, for the editor's panel.</summary>
public sealed class HandoffFailedException(string message) : Exception(message);
