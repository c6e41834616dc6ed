using Microsoft.EntityFrameworkCore;
using NodaTime;
using StAMM.Domain.EntityFrameworkCore;
using StAMM.Domain.Testing;
using StAMM.Domain.WebApi;

var builder = WebApplication.CreateBuilder(args);

#region glue
builder.Services.AddStammDomain();                 // documents in and out, problem details, schemas in OpenAPI
builder.Services.AddOpenApi();
builder.Services.AddSingleton<IClock>(SystemClock.Instance);
builder.Services.AddDbContext<StammDbContext>(o => _ = builder.Configuration.GetConnectionString("Postgres") is { } postgres
    ? o.UseNpgsql(postgres, npgsql => npgsql.UseNodaTime())
    : o.UseSqlite(builder.Configuration.GetConnectionString("Sqlite") ?? $"Data Source={Path.Combine(builder.Environment.ContentRootPath, "facility.db")}"));
builder.Services.AddScoped(services => new StammStore(services.GetRequiredService<StammDbContext>()));
var app = builder.Build();
app.MapOpenApi();
app.MapFacility();                                 // the endpoints (Facility.cs)
await using (var scope = app.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<StammDbContext>().Database.EnsureCreatedAsync();
    await scope.ServiceProvider.GetRequiredService<StammStore>().AddAsync(IllustrativeFacility.EmptyPortfolio()); // once: then a conflict
}
#endregion

await app.RunAsync();

/// <summary>The application, for <c>WebApplicationFactory</c>.</summary>
public partial class Program;
