package org.judang.engine.message;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The GA/T 1400 subscription notification as a delta export carries it: read tolerantly, written exactly. */
class NotificationBodiesTest {
    private static final String PERSON_ID = "330203000011900000010100000000000000000000000001";
    private static final String ABSORBED_ID = "330203000011900000010100000000000000000000000002";
    private static final String VEHICLE_ID = "330203000011900000010200000000000000000000000003";

    /** One notification per list: a modified person archive with its members, a deleted one, an added vehicle archive. */
    private static final String DELTA = ("{'SubscribeNotificationListObject':{'SubscribeNotificationObject':["
            + "{'NotificationID':'D1-000001','SubscribeID':'33020300001190000001','Title':'Archive modified','TriggerTime':'20251104090000',"
            + "'InfoIDs':'" + PERSON_ID + "',"
            + "'ArchiveObjectList':{'ArchiveObject':[{'ArchiveID':'" + PERSON_ID + "','ArchiveLibraryID':'33020300001190000001',"
            + "'CreateTime':'20251103101515','UpdateTime':'20251104090000','SourceIDList':['S1','S2'],"
            + "'CenterFeatureList':{'FeatureInfoObject':[{'Vendor':'VendorA','AlgorithmVersion':'face-3.2','FeatureData':'mpkZP83MTD8='}]},"
            + "'Similaritydegree':0.87,'Confidence':0.92,'SubImageList':{'SubImageInfoObject':[{'ImageID':'IMG-F1','Type':'11',"
            + "'FileFormat':'Png','StoragePath':'images/ab/ab01.png'}]},'ExecuteOperation':2}]},"
            + "'ArchiveSubjectList':{'ArchiveSubjectObject':[{'ArchiveID':'" + PERSON_ID + "','FaceIDList':['F1','F2'],"
            + "'FaceObjectList':{'FaceObject':[{'FaceID':'F1','Quality':1.50},{'FaceID':'F2','VendorField':null}]},'ExecuteOperation':2}]},"
            + "'EventSort':'archive'},"
            + "{'NotificationID':'D1-000002','SubscribeID':'33020300001190000001','Title':'Archive deleted','TriggerTime':'20251104090000',"
            + "'InfoIDs':'" + ABSORBED_ID + "',"
            + "'ArchiveObjectList':{'ArchiveObject':[{'ArchiveID':'" + ABSORBED_ID + "','ExecuteOperation':3}]},"
            + "'ArchiveSubjectList':{'ArchiveSubjectObject':[{'ArchiveID':'" + ABSORBED_ID + "','ExecuteOperation':3}]}},"
            + "{'NotificationID':'D1-000003','SubscribeID':'33020300001190000001','Title':'Archive added','TriggerTime':'20251104090000',"
            + "'InfoIDs':'" + VEHICLE_ID + "',"
            + "'VehicleArchiveObjectList':{'VehicleArchiveObject':[{'ArchiveID':'" + VEHICLE_ID + "','ArchiveLibraryID':'33020300001190000001',"
            + "'PlateNo':'浙B12345','PlateColor':'2','CreateTime':'20251104090000','UpdateTime':'20251104090000','SourceIDList':['S9'],"
            + "'ExecuteOperation':1}],'Remark':'kept'},"
            + "'ArchiveSubjectList':{'ArchiveSubjectObject':[{'ArchiveID':'" + VEHICLE_ID + "','MotorVehicleIDList':['M1'],"
            + "'MotorVehicleObjectList':{'MotorVehicleObject':[{'MotorVehicleID':'M1','PlateNo':'浙B12345'}]},'ExecuteOperation':1}]}}"
            + "],'TotalNum':3}}").replace('\'', '"');

    private final ObjectMapper mapper = MessageMapper.create();

    @Test
    void aDeltaIsReadAndWrittenBackExactly() throws Exception {
        var body = mapper.readValue(DELTA, SubscribeNotificationListObject.Body.class);

        assertEquals(DELTA, mapper.writeValueAsString(body));
        assertEquals(body, mapper.readValue(mapper.writeValueAsString(body), SubscribeNotificationListObject.Body.class));
    }

    @Test
    void eachArchiveCarriesItsOperation() throws Exception {
        List<SubscribeNotificationObject> n = mapper.readValue(DELTA, SubscribeNotificationListObject.Body.class).list().notifications();

        ArchiveChange modified = n.get(0).archives().archives().get(0);
        assertEquals(ExecuteOperation.MODIFY, modified.operation());
        assertEquals(PERSON_ID, modified.archiveId());
        assertEquals(0.92, modified.archive().confidence());
        assertEquals(List.of("F1", "F2"), n.get(0).subjects().subjects().get(0).subject().faceIds());
        assertEquals(LocalDateTime.of(2025, 11, 4, 9, 0), n.get(0).triggerTime());

        assertEquals(ArchiveChange.deleted(ABSORBED_ID), n.get(1).archives().archives().get(0));
        assertEquals(ArchiveSubjectChange.deleted(ABSORBED_ID), n.get(1).subjects().subjects().get(0));
        assertNull(n.get(1).vehicleArchives());

        VehicleArchiveChange added = n.get(2).vehicleArchives().archives().get(0);
        assertEquals(ExecuteOperation.ADD, added.operation());
        assertEquals("浙B12345", added.archive().plateNo());
    }

    @Test
    void fieldsTheModelDoesNotKnowAreKeptAtEveryListLevel() throws Exception {
        List<SubscribeNotificationObject> n = mapper.readValue(DELTA, SubscribeNotificationListObject.Body.class).list().notifications();

        assertEquals("archive", n.get(0).other().get("EventSort").asText());
        assertEquals("kept", n.get(2).vehicleArchives().other().get("Remark").asText());
        assertEquals(3, mapper.readValue(DELTA, SubscribeNotificationListObject.Body.class).list().other().get("TotalNum").asInt());
    }

    @Test
    void operationsAndTimesAreReadAsStringsOrNumbersAndWrittenAsTheStandardSays() throws Exception {
        String loose = ("{'NotificationID':'N1','TriggerTime':20251104090000,'InfoIDs':12345,"
                + "'ArchiveObjectList':{'ArchiveObject':{'ArchiveID':'A1','ExecuteOperation':' 3 '}}}").replace('\'', '"');

        SubscribeNotificationObject n = mapper.readValue(loose, SubscribeNotificationObject.class);

        assertEquals(ExecuteOperation.DELETE, n.archives().archives().get(0).operation());
        assertEquals("12345", n.infoIds());
        assertEquals(("{'NotificationID':'N1','TriggerTime':'20251104090000','InfoIDs':'12345',"
                + "'ArchiveObjectList':{'ArchiveObject':[{'ArchiveID':'A1','ExecuteOperation':3}]}}").replace('\'', '"'), mapper.writeValueAsString(n));
    }

    @Test
    void anUnknownOperationIsRefusedNamingTheValidOnes() {
        var e = assertThrows(ValueInstantiationException.class, () -> mapper.readValue(
                "{\"ArchiveID\":\"A1\",\"ExecuteOperation\":7}", ArchiveChange.class));

        assertTrue(e.getOriginalMessage().contains("Unknown ExecuteOperation '7': 1 add, 2 modify or 3 delete."), e.getOriginalMessage());
    }

    @Test
    void aDeletionIsItsIdAndOperationOnly() throws Exception {
        assertEquals("{\"ArchiveID\":\"A1\",\"ExecuteOperation\":3}", mapper.writeValueAsString(ArchiveChange.deleted("A1")));
        assertEquals("{\"ArchiveID\":\"V1\",\"ExecuteOperation\":3}", mapper.writeValueAsString(VehicleArchiveChange.deleted("V1")));
        assertEquals("{\"ArchiveID\":\"A1\",\"ExecuteOperation\":3}", mapper.writeValueAsString(ArchiveSubjectChange.deleted("A1")));
        assertEquals(Map.of(), new SubscribeNotificationObject("N", null, null, null, null, null, null, null, null).other());
    }
}
