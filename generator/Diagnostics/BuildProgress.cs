namespace Portal.Diagnostics;

/// <summary>Where a build reports how far it is, for a progress display on a terminal. Called from many threads.</summary>
public interface IBuildProgress
{
    /// <param name="step">What the build is doing, in Chinese for editors (读取内容, 生成页面…).</param>
    /// <param name="done">Items done so far, or 0 when the step is not counted.</param>
    /// <param name="total">Items in the step, or 0 when the step is not counted.</param>
    void Report(string step, int done = 0, int total = 0);
}
