namespace Portal.Tests.Infrastructure;

/// <summary>
/// The build benchmark gives the lean Hugo site the corpus's stories in the form its README names: front matter
/// title, date, tasks (numbers), departments, type, tags, summary, and the same body.
/// </summary>
public sealed class HugoStoryTests
{
    private const string Story = """
        ---
        title: 兰州扎实推进智慧交通工作（第7期）
        date: 2023-04-05
        tasks: [2, 6]
        departments: [科技处, 省交通科技通信中心]
        type: 典型案例
        case: 正面
        tags: [智慧交通, 兰州, 三抓三促]
        summary: 兰州围绕智慧交通扎实推进各项工作，取得阶段性成效。
        source: 基准测试语料
        ---

        ## 主要做法

        相关报道见[此前稿件](/stories/2022/2022-01-01-story-000000/)。

        """;

    [Fact]
    public void The_front_matter_keeps_the_readme_fields_in_order_with_tasks_as_numbers_and_type_as_is()
    {
        var hugo = HugoStory.FromPortal(Story);

        var (fields, _) = HugoStory.Split(hugo);
        Assert.Equal(HugoStory.Fields, fields.Keys);
        Assert.Contains("\ntasks: [2, 6]\n", hugo, StringComparison.Ordinal);   // numbers, not quoted strings
        Assert.Contains("\ntype: 典型案例\n", hugo, StringComparison.Ordinal);  // the `type` taxonomy of hugo.toml
        Assert.DoesNotContain("case:", hugo, StringComparison.Ordinal);
        Assert.DoesNotContain("source:", hugo, StringComparison.Ordinal);
        Assert.Equal(["科技处", "省交通科技通信中心"], HugoStory.Values(fields["departments"]));
        Assert.Equal(["典型案例"], HugoStory.Values(fields["type"]));
    }

    [Fact]
    public void The_body_is_unchanged()
    {
        Assert.Equal(HugoStory.Split(Story).Body, HugoStory.Split(HugoStory.FromPortal(Story)).Body);
        Assert.EndsWith("(/stories/2022/2022-01-01-story-000000/)。\n", HugoStory.FromPortal(Story), StringComparison.Ordinal);
    }

    [Fact]
    public void A_story_without_a_field_hugo_needs_is_refused()
    {
        var error = Assert.Throws<FormatException>(() => HugoStory.FromPortal(Story.Replace("summary:", "abstract:", StringComparison.Ordinal)));
        Assert.Contains("summary", error.Message, StringComparison.Ordinal);
    }
}
