using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Portal.Model;

namespace Portal.Preview.LocalBackend.Handoff;

/// <summary>
/// Opens the pull request of a pushed branch on the hosting service site.yml's `editing` names (GitHub, or a Forgejo server;
/// without `editing`, the one the remote's web address names: github.com, or any other host as a Forgejo server), with the token git's credential helper keeps for that host (Git Credential
/// Manager signs in with an OAuth token the API accepts). Both services take the same request: POST /repos/{repo}/pulls.
/// </summary>
public sealed class PullRequestOpener(HttpClient http)
{
    /// <summary>Where the pull request is opened; null when nothing says which service hosts the repository.</summary>
    public static PullRequestTarget? TargetOf(EditingSettings editing, string remoteUrl)
    {
        if (editing.Backend == EditingBackends.Forgejo && Uri.TryCreate(editing.Server, UriKind.Absolute, out var server) && editing.Repo.Length > 0)
            return new PullRequestTarget(new Uri(server, server.AbsolutePath.TrimEnd('/') + "/api/v1/"), editing.Repo, editing.Branch, server);
        var github = new Uri("https://github.com/");
        if (editing.Backend == EditingBackends.GitHub && editing.Repo.Length > 0)
            return new PullRequestTarget(new Uri("https://api.github.com/"), editing.Repo, editing.Branch, github);
        var match = System.Text.RegularExpressions.Regex.Match(remoteUrl, @"^(?:https://(?:[^@/]+@)?github\.com/|git@github\.com:)([^/]+/[^/]+?)(?:\.git)?/?$");
        if (match.Success) return new PullRequestTarget(new Uri("https://api.github.com/"), match.Groups[1].Value, editing.Branch, github);
        // Any other web address of a repository (https://git.example.gov.cn/jtt/portal.git) is a Forgejo server's.
        match = System.Text.RegularExpressions.Regex.Match(remoteUrl, @"^(https?://)(?:[^@/]+@)?([^/]+)/([^/]+/[^/]+?)(?:\.git)?/?$");
        if (!match.Success) return null;
        var host = new Uri(match.Groups[1].Value + match.Groups[2].Value + "/");
        return new PullRequestTarget(new Uri(host, "api/v1/"), match.Groups[3].Value, editing.Branch, host);
    }

    /// <summary>The pull request's web address; <see cref="PullRequestFailedException"/> when it could not be opened.</summary>
    public async Task<string> OpenAsync(PullRequestTarget target, string checkoutFolder, string branch, string title, string body)
    {
        var token = Token(target.CredentialHost, checkoutFolder)
            ?? throw new PullRequestFailedException($"本机没有保存 {target.CredentialHost.Host} 的登录凭据，无法建立合并请求");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(target.Api, $"repos/{target.Repo}/pulls"))
        {
            Content = JsonContent.Create(new JsonObject { ["title"] = title, ["head"] = branch, ["base"] = target.Base, ["body"] = body }),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("token", token);
        request.Headers.UserAgent.ParseAdd("portal-local-editor");
        request.Headers.Accept.ParseAdd("application/json");
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            throw new PullRequestFailedException($"连接 {target.Api.Host} 失败（{ex.Message}）");
        }
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode) throw new PullRequestFailedException($"{target.Api.Host} 拒绝了建立合并请求（{(int)response.StatusCode}：{text[..Math.Min(text.Length, 200)]}）");
            return JsonNode.Parse(text)?["html_url"]?.GetValue<string>() ?? throw new PullRequestFailedException($"{target.Api.Host} 的答复中没有合并请求的地址");
        }
    }

    /// <summary>The password or token git's credential helper gives for the host, without asking anyone.</summary>
    private static string? Token(Uri host, string folder)
    {
        var fill = GitProcess.Run(folder, ["credential", "fill"], input: $"protocol={host.Scheme}\nhost={host.Authority}\n\n");
        if (!fill.Succeeded) return null;
        var password = fill.Output.Split('\n').Select(l => l.TrimEnd('\r')).FirstOrDefault(l => l.StartsWith("password=", StringComparison.Ordinal));
        return password is { Length: > 9 } ? password[9..] : null; // after "password="
    }
}

/// <param name="Api">The API root ("https://api.github.com/", "https://git.example.gov.cn/api/v1/").</param>
/// <param name="Repo">owner/name.</param>
/// <param name="Base">The branch the pull request merges into.</param>
/// <param name="CredentialHost">The host whose stored credentials sign the request.</param>
public sealed record PullRequestTarget(Uri Api, string Repo, string Base, Uri CredentialHost);

/// <summary>The branch is pushed but no pull request opened; the message says why, in Chinese.</summary>
public sealed class PullRequestFailedException(string message) : Exception(message);
