using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ImrSearch.Web.Workspaces.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Training : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ExerciseSets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OwnerId = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Origin = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    JoinToken = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExerciseSets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExerciseSets_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExerciseItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SetId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    CaseId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ItemIndex = table.Column<int>(type: "integer", nullable: false),
                    ItemText = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Treatment = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TrainerNote = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExerciseItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExerciseItems_ExerciseSets_SetId",
                        column: x => x.SetId,
                        principalTable: "ExerciseSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExerciseMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SetId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    JoinedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExerciseMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExerciseMembers_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExerciseMembers_ExerciseSets_SetId",
                        column: x => x.SetId,
                        principalTable: "ExerciseSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExerciseAnswers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ExerciseItemId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    Decision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    GuidelineDocument = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    GuidelineSection = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Rationale = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ActualDecision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AgreesWithDecision = table.Column<bool>(type: "boolean", nullable: false),
                    GuidelineMatches = table.Column<bool>(type: "boolean", nullable: false),
                    GuidelineSourceMatches = table.Column<bool>(type: "boolean", nullable: false),
                    Treatment = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExerciseAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExerciseAnswers_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExerciseAnswers_ExerciseItems_ExerciseItemId",
                        column: x => x.ExerciseItemId,
                        principalTable: "ExerciseItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExerciseAnswers_ExerciseItemId_UserId",
                table: "ExerciseAnswers",
                columns: new[] { "ExerciseItemId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExerciseAnswers_UserId",
                table: "ExerciseAnswers",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_ExerciseItems_SetId_Position",
                table: "ExerciseItems",
                columns: new[] { "SetId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExerciseMembers_SetId_UserId",
                table: "ExerciseMembers",
                columns: new[] { "SetId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExerciseMembers_UserId",
                table: "ExerciseMembers",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_ExerciseSets_JoinToken",
                table: "ExerciseSets",
                column: "JoinToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExerciseSets_OwnerId",
                table: "ExerciseSets",
                column: "OwnerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExerciseAnswers");

            migrationBuilder.DropTable(
                name: "ExerciseMembers");

            migrationBuilder.DropTable(
                name: "ExerciseItems");

            migrationBuilder.DropTable(
                name: "ExerciseSets");
        }
    }
}
