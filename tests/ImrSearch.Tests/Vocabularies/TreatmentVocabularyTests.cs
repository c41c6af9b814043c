using ImrSearch.Vocabularies;

namespace ImrSearch.Tests.Vocabularies;

/// <summary>Items worded the way IMR letters word them, well beyond the seeds.</summary>
public class TreatmentVocabularyTests
{
    private static readonly TreatmentVocabulary Treatments = ImrVocabulary.Default.Treatments;

    [Theory]
    // Opioids, brand and generic
    [InlineData("Norco 10/325mg #90", "Opioids")]
    [InlineData("Hydrocodone/APAP 10/325 mg, 120 count", "Opioids")]
    [InlineData("Percocet 5/325", "Opioids")]
    [InlineData("Oxycodone HCl 15mg", "Opioids")]
    [InlineData("Tramadol ER 150mg #30", "Opioids")]
    [InlineData("Ultram 50mg", "Opioids")]
    [InlineData("Nucynta ER 100mg", "Opioids")]
    [InlineData("MS Contin 30mg", "Opioids")]
    [InlineData("Fentanyl patch 25mcg/hr", "Opioids")]
    [InlineData("Butrans 10mcg patch", "Opioids")]
    [InlineData("Tylenol #3", "Opioids")]
    // NSAIDs
    [InlineData("Naproxen sodium 550mg", "NSAIDs")]
    [InlineData("Anaprox DS 550 #60", "NSAIDs")]
    [InlineData("Mobic 15mg", "NSAIDs")]
    [InlineData("Meloxicam 7.5mg", "NSAIDs")]
    [InlineData("Celebrex 200mg", "NSAIDs")]
    [InlineData("Ibuprofen 800mg", "NSAIDs")]
    [InlineData("Diclofenac sodium ER 100mg", "NSAIDs")]
    // Muscle relaxants
    [InlineData("Cyclobenzaprine 7.5mg #60", "Muscle relaxants")]
    [InlineData("Flexeril 10mg", "Muscle relaxants")]
    [InlineData("Tizanidine 4mg", "Muscle relaxants")]
    [InlineData("Soma 350mg", "Muscle relaxants")]
    [InlineData("Orphenadrine ER 100mg", "Muscle relaxants")]
    [InlineData("Methocarbamol 750mg", "Muscle relaxants")]
    // Anticonvulsants, antidepressants, benzodiazepines, sleep aids, PPIs
    [InlineData("Gabapentin 600mg", "Anticonvulsants")]
    [InlineData("Lyrica 75mg", "Anticonvulsants")]
    [InlineData("Cymbalta 60mg", "Antidepressants")]
    [InlineData("Amitriptyline 25mg", "Antidepressants")]
    [InlineData("Xanax 0.5mg", "Benzodiazepines")]
    [InlineData("Diazepam 5mg", "Benzodiazepines")]
    [InlineData("Ambien 10mg #30", "Sleep aids")]
    [InlineData("Zolpidem tartrate 5mg", "Sleep aids")]
    [InlineData("Omeprazole 20mg", "Proton pump inhibitors")]
    [InlineData("Prilosec 20mg", "Proton pump inhibitors")]
    // Topical and compounded creams, medical foods
    [InlineData("Lidoderm 5% patch #30", "Topical analgesics")]
    [InlineData("Terocin patches", "Topical analgesics")]
    [InlineData("Flurbiprofen 20%/Lidocaine 5% cream 180gm", "Topical analgesics")]
    [InlineData("Ketoprofen/Gabapentin/Cyclobenzaprine compounded cream", "Topical analgesics")]
    [InlineData("Capsaicin 0.025% cream", "Topical analgesics")]
    [InlineData("Voltaren gel 1%", "Topical analgesics")]
    [InlineData("Theramine #120", "Medical foods")]
    // Therapy visits
    [InlineData("Physical therapy 2x6 lumbar spine", "Physical therapy")]
    [InlineData("PT 2 times a week for 4 weeks", "Physical therapy")]
    [InlineData("Post-operative physical therapy 12 sessions for the right shoulder", "Physical therapy")]
    [InlineData("Chiropractic manipulation 8 visits", "Chiropractic")]
    [InlineData("Chiro x 6", "Chiropractic")]
    [InlineData("Acupuncture 6 sessions", "Acupuncture")]
    [InlineData("Aquatic therapy x 12", "Aquatic therapy")]
    [InlineData("Massage therapy", "Massage therapy")]
    [InlineData("Occupational therapy for the right hand", "Occupational therapy")]
    [InlineData("Work hardening program 10 sessions", "Work hardening")]
    // Imaging and tests
    [InlineData("MRI of the left knee", "MRI")]
    [InlineData("MR arthrogram right shoulder", "MRI")]
    [InlineData("CT scan of the lumbar spine", "CT")]
    [InlineData("X-rays of the cervical spine", "X-ray")]
    [InlineData("Lumbar spine x-ray flexion/extension views", "X-ray")]
    [InlineData("EMG/NCS of the bilateral lower extremities", "EMG/NCS")]
    [InlineData("NCV bilateral upper extremities", "EMG/NCS")]
    [InlineData("Urine drug screen", "Urine drug screen")]
    [InlineData("UDS", "Urine drug screen")]
    [InlineData("Urine toxicology screening", "Urine drug screen")]
    [InlineData("CBC and CMP labs", "Lab tests")]
    [InlineData("Bone scan", "Bone scan")]
    [InlineData("Functional capacity evaluation", "Functional capacity evaluation")]
    // Injections
    [InlineData("Lumbar epidural steroid injection L4-L5", "Epidural steroid injection")]
    [InlineData("Bilateral L4-5 transforaminal ESI", "Epidural steroid injection")]
    [InlineData("Cervical ESI C6-7", "Epidural steroid injection")]
    [InlineData("Bilateral L3-L5 medial branch blocks", "Facet injection")]
    [InlineData("Lumbar facet joint injections", "Facet injection")]
    [InlineData("Radiofrequency ablation L4-S1", "Radiofrequency ablation")]
    [InlineData("Trigger point injections x 4", "Trigger point injection")]
    [InlineData("Right knee cortisone injection", "Joint injection")]
    [InlineData("Synvisc-One injection left knee", "Joint injection")]
    [InlineData("PRP injection right elbow", "Joint injection")]
    [InlineData("Right sacroiliac joint injection", "Joint injection")]
    // Surgery and peri-operative items
    [InlineData("Right knee arthroscopy with partial meniscectomy", "Surgery")]
    [InlineData("Left shoulder arthroscopic rotator cuff repair", "Surgery")]
    [InlineData("L4-5 posterior lumbar interbody fusion", "Surgery")]
    [InlineData("Right carpal tunnel release", "Surgery")]
    [InlineData("Anterior cervical discectomy and fusion C5-6", "Surgery")]
    [InlineData("Pre-operative medical clearance", "Pre-operative clearance")]
    [InlineData("Associated surgical service: assistant surgeon", "Assistant surgeon")]
    [InlineData("2 day inpatient stay", "Hospital stay")]
    [InlineData("Post-operative cold therapy unit 7 day rental", "Cold therapy unit")]
    [InlineData("DVT prophylaxis compression device", "DVT prophylaxis")]
    // DME
    [InlineData("TENS unit purchase", "TENS unit")]
    [InlineData("H-wave device 30 day trial", "H-wave unit")]
    [InlineData("Interferential unit", "Interferential unit")]
    [InlineData("Hot/cold unit", "Cold therapy unit")]
    [InlineData("Lumbar back brace", "Brace or support")]
    [InlineData("Right wrist splint", "Brace or support")]
    [InlineData("Front wheeled walker", "Mobility aid")]
    [InlineData("Custom orthotics", "Orthotics")]
    // Home health, psychological care, programs, visits
    [InlineData("Home health care 4 hours per day 7 days a week", "Home health")]
    [InlineData("Home health aide", "Home health")]
    [InlineData("Psychotherapy 6 sessions", "Psychotherapy")]
    [InlineData("Cognitive behavioral therapy x 6", "Cognitive behavioral therapy")]
    [InlineData("Biofeedback 6 sessions", "Biofeedback")]
    [InlineData("Psychological evaluation", "Psychological evaluation")]
    [InlineData("Psychiatric consultation", "Psychological evaluation")]
    [InlineData("Functional restoration program x 160 hours", "Functional restoration program")]
    [InlineData("HELP program", "Functional restoration program")]
    [InlineData("Gym membership x 6 months", "Gym membership")]
    [InlineData("Weight loss program", "Weight loss program")]
    [InlineData("Transportation to and from medical appointments", "Transportation")]
    [InlineData("Orthopedic consultation", "Consultation")]
    [InlineData("Pain management consultation", "Consultation")]
    [InlineData("Referral to a spine surgeon", "Consultation")]
    [InlineData("Follow-up visit with the treating physician", "Office visit")]
    [InlineData("Office visits monthly x 6", "Office visit")]
    public void Items_map_to_their_category(string item, string category)
    {
        Assert.Equal(category, Treatments.Classify(item).Name);
    }

    [Theory]
    [InlineData("Norco 10/325mg", "Pharmaceuticals")]
    [InlineData("MRI lumbar spine", "Diagnostics")]
    [InlineData("TENS unit", "Durable medical equipment")]
    [InlineData("Lumbar ESI", "Injections and procedures")]
    [InlineData("Physical therapy", "Physical medicine")]
    [InlineData("Psychotherapy", "Psychological care")]
    public void Categories_carry_their_group(string item, string group)
    {
        Assert.Equal(group, Treatments.Classify(item).Group);
    }

    [Fact]
    public void Every_category_name_reads_as_itself()
    {
        Assert.All(Treatments.Categories, category => Assert.Equal(category.Name, Treatments.Classify(category.Name).Name));
    }

    [Theory]
    [InlineData("Spine surgery consultation", "Consultation")]
    [InlineData("Sentra PM capsules #60", "Medical foods")]
    [InlineData("Gabapentin 600mg 1 tab by mouth twice daily #90", "Anticonvulsants")]
    public void Words_shared_between_categories(string item, string category)
    {
        Assert.Equal(category, Treatments.Classify(item).Name);
    }

    [Fact]
    public void An_unknown_drug_strength_still_reads_as_a_medication()
    {
        Assert.Equal("Other medications", Treatments.Classify("Zyxoprofen 25mg #60").Name);
    }

    [Fact]
    public void The_file_loads_from_text_so_it_can_change_without_a_code_change()
    {
        var custom = new TreatmentVocabulary(VocabularyFile.ParseRows(
            ["category\tgroup\tterms", "Shockwave therapy\tPhysical medicine\tshockwave|eswt", "Physical therapy\tPhysical medicine\tpt|physical therapy"],
            3,
            "custom.tsv"));

        Assert.Equal("Shockwave therapy", custom.Classify("ESWT right shoulder x3").Name);
        Assert.Equal("Physical therapy", custom.Classify("PT x 6").Name);
        Assert.Equal("Other", custom.Classify("MRI").Name);
    }
}
