using ImrSearch.Web.Workspaces;

namespace ImrSearch.Web.Training;

/// <summary>Training mode (issue 15), wired into the site from Program.cs beside the workspaces it builds on.</summary>
public static class TrainingServices
{
    public static IServiceCollection AddTraining(this IServiceCollection services)
    {
        services.AddScoped<TrainingStore>();
        services.AddSingleton<ExerciseDraw>();
        return services;
    }

    /// <summary>The training JSON API under /api/training; the pages are Razor Pages under /training.</summary>
    public static RouteGroupBuilder MapTraining(this WebApplication app)
    {
        var group = app.MapGroup("/api/training").RequireAuthorization(WorkspaceServices.SignedInPolicy);
        group.MapTrainingApi();
        return group;
    }
}
