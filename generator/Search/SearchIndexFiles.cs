using Portal.Diagnostics;
using Portal.Output;
using Portal.Site;

namespace Portal.Search;

/// <summary>The search index of the page tree's search documents, written into the tree's index folder.</summary>
/// <param name="index">`serve` keeps one index across its builds and patches it; a full build makes a fresh one.</param>
public sealed class SearchIndexFiles(SearchIndex index) : ISiteOutput
{
    public string Step => "生成搜索索引";

    public void Write(PageTree tree, OutputFolder output)
    {
        var facets = new SearchFacets(
            Model.StoryType.All.Select(t => t.Name).ToList(),
            tree.SearchTasks.Select(t => new SearchFacets.TaskFacet(t.Number, t.Title, t.Url)).ToList(),
            tree.SearchDepartments.Select(d => new SearchFacets.DepartmentFacet(d.Slug, d.Name)).ToList(),
            Model.CaseKinds.All);
        var files = index.Update(tree.SearchDocuments, facets).Files;
        StageTimer.Mark($"search index ({index.DocumentsWeighed} weighed)");
        Parallel.ForEach(files, file => output.WriteBytes(tree.SearchIndexPath + file.Path, file.Bytes, file.Hash));
        StageTimer.Mark("search index write");
    }
}
